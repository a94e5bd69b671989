import { MODALITY_LABELS, type Lang } from "../../domain/index.ts";
import { companyLabel, eventLabel, formatUsd, joinList, modalityKeyLabel, periodLabel, word } from "../i18n.ts";
import type { BreakdownRow, DigestModel, DigestRow, Highlight, SourceRef } from "./digest-model.ts";
import { HEADLINE_LABELS } from "./headline.ts";
import { loadAreaClassifier, NOT_STATED, UNCLASSIFIED, type AreaClassifier } from "./therapeutic-areas.ts";

/** A piece of generated text: plain, emphasised, or a citation of the highlight's n-th source (1-based). */
export type Inline = { text: string } | { strong: string } | { ref: number };

export type HighlightText = { kind: Highlight["kind"]; asset: string; parts: Inline[]; sources: SourceRef[] };

/** Every generated sentence of a digest in one language. Only stored facts go into them. */
export type DigestText = {
  lang: Lang;
  title: string;
  period: string;
  summary: string;
  breakdown: string | null;
  highlights: HighlightText[];
  coarseNote: string | null;
};

const LEADING = 3;

export function digestText(model: DigestModel, lang: Lang, areas: AreaClassifier = loadAreaClassifier()): DigestText {
  const p = model.period;
  const period = periodLabel(p.from, p.to, lang) + (p.isoWeek ? (lang === "zh" ? `（${p.isoWeek}）` : ` (${p.isoWeek})`) : "");
  const title = `${word(p.isoWeek ? "digestTitle" : "periodDigestTitle", lang)}: ${period}`;
  const byId = new Map(model.rows.map((r) => [r.id, r]));
  return {
    lang,
    title,
    period,
    summary: summary(model, lang),
    breakdown: breakdownSentence(model, lang, areas),
    highlights: model.highlights.map((h) => highlightText(h, byId, lang)),
    coarseNote: coarseNote(model, lang),
  };
}

function summary(model: DigestModel, lang: Lang): string {
  const t = model.totals;
  const p = model.period;
  const prevWord = p.isoWeek ? (lang === "zh" ? "上周" : "the previous week") : lang === "zh" ? "上一期" : "the previous period";
  const leading = model.headline
    .filter((h) => h.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, LEADING);
  const deals = model.headline.find((h) => h.kind === "deal");
  const scope = model.class1Only ? (lang === "zh" ? "1类创新药" : "Class 1 innovative drugs: ") : "";
  if (lang === "zh") {
    let s = `${periodLabel(p.from, p.to, lang)}，dualtrack共记录${scope}事件${t.events}项，涉及${t.assets}个药物（${prevWord}${t.previousEvents}项）。`;
    if (!model.class1Only && t.class1Events > 0) s += `其中来源注明为1类创新药的事件${t.class1Events}项。`;
    if (leading.length) s += `数量居前的是${joinList(leading.map((h) => `${HEADLINE_LABELS[h.kind].zh}${h.count}项`), lang)}。`;
    if (deals && deals.count > 0 && deals.upfrontUsd !== null) s += `交易${deals.count}项，已披露首付款合计${formatUsd(deals.upfrontUsd, lang)}。`;
    return s;
  }
  let s = `From ${periodLabel(p.from, p.to, lang, "sentence")}, dualtrack recorded ${scope}${t.events} event${t.events === 1 ? "" : "s"} on ${t.assets} asset${t.assets === 1 ? "" : "s"} (${prevWord}: ${t.previousEvents}).`;
  if (!model.class1Only && t.class1Events > 0) s += ` In ${t.class1Events} of them, the source calls the drug a Class 1 innovative drug.`;
  if (leading.length) s += ` Leading event types: ${joinList(leading.map((h) => `${HEADLINE_LABELS[h.kind].en} (${h.count})`), lang)}.`;
  if (deals && deals.count > 0 && deals.upfrontUsd !== null) s += ` ${deals.count} deal${deals.count === 1 ? "" : "s"} with ${formatUsd(deals.upfrontUsd, lang)} in disclosed upfront payments.`;
  return s;
}

const top = (rows: BreakdownRow[], skip: (key: string) => boolean = () => false) =>
  rows.filter((r): r is { key: string; events: number } => r.key !== null && !skip(r.key)).slice(0, LEADING);

function breakdownSentence(model: DigestModel, lang: Lang, areas: AreaClassifier): string | null {
  const n = (label: string, events: number) => (lang === "zh" ? `${label}（${events}项）` : `${label} (${events})`);
  const modalities = top(model.breakdowns.modality).map((r) => n(modalityKeyLabel(r.key, lang), r.events));
  const targets = top(model.breakdowns.target).map((r) => n(r.key, r.events));
  const areaRows = top(model.breakdowns.area, (k) => k === UNCLASSIFIED || k === NOT_STATED).map((r) => n(areas.label(r.key, lang), r.events));
  const clauses: string[] = [];
  if (lang === "zh") {
    if (modalities.length) clauses.push(`按药物类型，${joinList(modalities, lang)}居前`);
    if (targets.length) clauses.push(`最常见的靶点为${joinList(targets, lang)}`);
    if (areaRows.length) clauses.push(`按治疗领域，${joinList(areaRows, lang)}居前`);
    return clauses.length ? `${clauses.join("；")}。` : null;
  }
  if (modalities.length) clauses.push(`by modality, ${joinList(modalities, lang)} lead`);
  if (targets.length) clauses.push(`the most frequent targets are ${joinList(targets, lang)}`);
  if (areaRows.length) clauses.push(`by therapeutic area, ${joinList(areaRows, lang)} lead`);
  if (!clauses.length) return null;
  const text = clauses.join("; ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function coarseNote(model: DigestModel, lang: Lang): string | null {
  const c = model.coarselyDated;
  if (c.events === 0) return null;
  if (lang === "zh") return `另有${c.events}项事件的日期仅精确到${c.dates.join("、")}，未计入本期（请查看覆盖整月或整年的汇总）。`;
  return `${c.events} more event${c.events === 1 ? " is" : "s are"} dated only to ${joinList(c.dates, lang)} and not counted in this period (see a digest covering the whole month or year).`;
}

function highlightText(h: Highlight, rows: Map<number, DigestRow>, lang: Lang): HighlightText {
  const events = h.eventIds.map((id) => rows.get(id)).filter((r): r is DigestRow => r !== undefined);
  const first = events[0];
  const sources: SourceRef[] = [];
  const cite = (s: SourceRef | undefined): Inline[] => {
    if (!s) return [];
    let i = sources.findIndex((x) => x.url === s.url && x.title === s.title && x.sentence === s.sentence);
    if (i < 0) i = sources.push(s) - 1;
    return [{ ref: i + 1 }];
  };
  const parts: Inline[] = [{ strong: h.asset }];
  if (first) {
    const company = companyLabel(first, lang);
    if (company) parts.push({ text: lang === "zh" ? `（${company}）` : ` (${company})` });
    const what = describe(first, lang);
    if (what) parts.push({ text: lang === "zh" ? `，${what}` : `, ${what}` });
    parts.push({ text: lang === "zh" ? "：" : ": " });
  }
  events.forEach((e, i) => {
    if (i > 0) parts.push({ text: lang === "zh" ? "；" : "; " });
    const where = [e.agency, e.date].filter(Boolean).join(lang === "zh" ? "，" : ", ");
    let text = eventLabel(e.type, e.status, lang) + (where ? (lang === "zh" ? `（${where}）` : ` (${where})`) : "");
    if (e.indication) text += lang === "zh" ? `，适应症：${e.indication}` : `, indication: ${e.indication}`;
    if (e.phase) text += lang === "zh" ? `，${e.phase}期` : `, phase ${e.phase}`;
    parts.push({ text: text + (lang === "zh" ? "" : " ") }, ...cite(e.sources[0]));
  });
  parts.push({ text: lang === "zh" ? "。" : "." });
  if (h.kind === "first_in_clinic") parts.push({ text: lang === "zh" ? "dualtrack中此前无该药的临床试验申请记录。" : " No earlier IND of this asset is on record in dualtrack." });
  else parts.push({ text: lang === "zh" ? "dualtrack中此前无该药的同类认定记录。" : " No earlier designation of this kind for this asset is on record in dualtrack." });
  if (h.earlier.length) {
    parts.push({ text: lang === "zh" ? "此前记录：" : " Earlier on record: " });
    h.earlier.forEach((e, i) => {
      if (i > 0) parts.push({ text: lang === "zh" ? "；" : "; " });
      const where = [e.agency, e.date].filter(Boolean).join(lang === "zh" ? "，" : ", ");
      parts.push({ text: eventLabel(e.type, e.status, lang) + (where ? (lang === "zh" ? `（${where}）` : ` (${where})`) : "") + (lang === "zh" ? "" : " ") }, ...cite(e.source ?? undefined));
    });
    parts.push({ text: lang === "zh" ? "。" : "." });
  }
  return { kind: h.kind, asset: h.asset, parts: tidy(parts), sources };
}

/** "a fusion protein targeting PD-1 and IL-2Ra" / "融合蛋白，靶点PD-1、IL-2Ra", from stored fields only. */
function describe(row: DigestRow, lang: Lang): string {
  const modality = row.modality ? MODALITY_LABELS[row.modality][lang] : null;
  const targets = row.targets.length ? joinList(row.targets, lang) : null;
  if (lang === "zh") return [modality, targets ? `靶点${row.targets.join("、")}` : null].filter(Boolean).join("，");
  if (modality && targets) return `${/^[aeiou]/i.test(modality) ? "an" : "a"} ${modality} targeting ${targets}`;
  if (modality) return `${/^[aeiou]/i.test(modality) ? "an" : "a"} ${modality}`;
  return targets ? `targeting ${targets}` : "";
}

/** Drops the space before a citation's closing punctuation and merges adjacent text pieces. */
function tidy(parts: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if ("text" in part && last && "text" in last) last.text += part.text;
    else out.push("text" in part ? { text: part.text } : part);
  }
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    const next = out[i + 1];
    if ("text" in p && (!next || "text" in next)) p.text = p.text.replace(/ ([.;。；])/g, "$1").replace(/ $/, "");
  }
  return out;
}
