import { EVENT_TYPE_LABELS, MODALITY_LABELS, type EventType, type Lang, type Modality } from "../domain/index.ts";
import type { Stage } from "../store/event-query.ts";

const MESSAGES = {
  appName: { en: "dualtrack", zh: "dualtrack 双轨" },
  home: { en: "This week", zh: "本周" },
  events: { en: "Events", zh: "事件" },
  landscape: { en: "Landscape", zh: "靶点格局" },
  iit: { en: "IIT", zh: "IIT 研究者发起" },
  sources: { en: "Sources", zh: "数据来源" },
  watchlists: { en: "Watchlists", zh: "关注列表" },
  search: { en: "Search", zh: "搜索" },
  searchPlaceholder: { en: "Search: 突破性治疗, PD-1, Innovent…", zh: "搜索：突破性治疗、PD-1、信达…" },
  since: { en: "From", zh: "起始" },
  until: { en: "To", zh: "截止" },
  apply: { en: "Apply", zh: "应用" },
  clear: { en: "Clear filters", zh: "清除筛选" },
  date: { en: "Date", zh: "日期" },
  asset: { en: "Asset", zh: "药物" },
  company: { en: "Company", zh: "公司" },
  type: { en: "Event", zh: "事件类型" },
  status: { en: "Status", zh: "状态" },
  agency: { en: "Agency", zh: "监管机构" },
  indication: { en: "Indication", zh: "适应症" },
  modality: { en: "Modality", zh: "药物类型" },
  target: { en: "Target", zh: "靶点" },
  targets: { en: "Targets", zh: "靶点" },
  phase: { en: "Phase", zh: "分期" },
  counterparty: { en: "Counterparty", zh: "交易对方" },
  upfront: { en: "Upfront (USD)", zh: "首付款（美元）" },
  total: { en: "Total (USD)", zh: "总金额（美元）" },
  source: { en: "Source", zh: "来源" },
  sentence: { en: "Source sentence", zh: "原文句子" },
  aliases: { en: "Also called", zh: "别名" },
  timeline: { en: "Timeline", zh: "时间线" },
  pipeline: { en: "Pipeline", zh: "管线" },
  stage: { en: "Furthest stage", zh: "最高阶段" },
  recognitions: { en: "Regulatory recognitions", zh: "监管认定" },
  latest: { en: "Latest event", zh: "最新事件" },
  noEvents: { en: "No events match.", zh: "没有符合条件的事件。" },
  results: { en: "events", zh: "条事件" },
  page: { en: "Page", zh: "第" },
  of: { en: "of", zh: "页，共" },
  prev: { en: "← Previous", zh: "← 上一页" },
  next: { en: "Next →", zh: "下一页 →" },
  exportCsv: { en: "Download CSV", zh: "下载 CSV" },
  exportXlsx: { en: "Download XLSX", zh: "下载 XLSX" },
  json: { en: "JSON", zh: "JSON" },
  filterRows: { en: "Filter rows on this page…", zh: "筛选本页…" },
  weekOf: { en: "Week of", zh: "本周起始" },
  latestWeek: { en: "No events dated this week yet; showing the latest week with events", zh: "本周暂无事件；显示最近有事件的一周" },
  trend: { en: "Events per week, by type", zh: "每周事件数（按类型）" },
  weekTotal: { en: "events this week", zh: "条本周事件" },
  seeAll: { en: "See all events", zh: "查看全部事件" },
  lastRun: { en: "Last run", zh: "最近运行" },
  records: { en: "Records seen", zh: "已见记录" },
  blocked: { en: "Blocked", zh: "被屏蔽" },
  lastError: { en: "Last error", zh: "最近错误" },
  ok: { en: "OK", zh: "正常" },
  noSources: { en: "No official source has run yet. Run `dualtrack sync` to fetch the CDE/NMPA lists.", zh: "尚未运行任何官方来源。运行 `dualtrack sync` 获取 CDE/NMPA 列表。" },
  assets: { en: "assets", zh: "个药物" },
  name: { en: "Name", zh: "名称" },
  filter: { en: "Filter", zh: "筛选条件" },
  feed: { en: "Atom feed", zh: "Atom 订阅" },
  webhook: { en: "Webhook", zh: "Webhook" },
  create: { en: "Create", zh: "创建" },
  delete: { en: "Delete", zh: "删除" },
  token: { en: "Write token", zh: "写入令牌" },
  newWatchlist: { en: "New watchlist", zh: "新建关注列表" },
  commaSeparated: { en: "comma-separated", zh: "逗号分隔" },
  noWatchlists: { en: "No watchlists yet.", zh: "暂无关注列表。" },
  deliveries: { en: "Recent webhook deliveries", zh: "最近的 Webhook 推送" },
  notFound: { en: "Not found", zh: "未找到" },
  error: { en: "Error", zh: "错误" },
  readOnly: { en: "This server is read-only (no DUALTRACK_TOKEN set).", zh: "此服务器为只读（未设置 DUALTRACK_TOKEN）。" },
  none: { en: "—", zh: "—" },
  proposed: { en: "proposed", zh: "拟纳入" },
  granted: { en: "granted", zh: "已纳入" },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

export const STAGE_LABELS: Record<Stage, Record<Lang, string>> = {
  preclinical: { en: "Preclinical", zh: "临床前" },
  iit: { en: "IIT", zh: "IIT" },
  ind: { en: "IND", zh: "临床申请" },
  phase1: { en: "Phase 1", zh: "I期" },
  phase2: { en: "Phase 2", zh: "II期" },
  phase3: { en: "Phase 3", zh: "III期" },
  nda: { en: "NDA/BLA", zh: "上市申请" },
  approved: { en: "Approved", zh: "已上市" },
};

/** Translator for one language: UI messages and the domain vocabularies. */
export type I18n = {
  lang: Lang;
  t(key: MessageKey): string;
  type(type: EventType): string;
  modality(modality: Modality | null): string;
  stage(stage: Stage): string;
  status(status: string | null): string;
};

export function i18n(lang: Lang): I18n {
  return {
    lang,
    t: (key) => MESSAGES[key][lang],
    type: (type) => EVENT_TYPE_LABELS[type][lang],
    modality: (modality) => (modality ? MODALITY_LABELS[modality][lang] : ""),
    stage: (stage) => STAGE_LABELS[stage][lang],
    status: (status) => (status === "proposed" || status === "granted" ? MESSAGES[status][lang] : ""),
  };
}
