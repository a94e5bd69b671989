// Builds a store of 1M generated events (10 years in arrival order, ~1,900 a week, 120k assets) and times the digest of one
// week: every query of `buildDigest` (counts for the week and the previous one, breakdowns, the full table
// with sources, first-in-clinic and first-designation checks, highlight histories). Last line:
// `digest: X ms for one week over N events` (target ≤ 1000 ms).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AGENCIES, MODALITIES, type EventType } from "../src/domain/index.ts";
import { buildDigest } from "../src/reports/digest/build-digest.ts";
import { weekContaining } from "../src/reports/digest/period.ts";
import { renderDigestHtml } from "../src/reports/digest/render-html.ts";
import { openSqliteStore } from "../src/store/index.ts";

const N = Number(process.argv[2] ?? 1_000_000);
const ASSETS = 120_000;
const DAYS = 3650;
const START = Date.UTC(2016, 0, 4);

// A small deterministic generator (mulberry32), so every run builds the same store.
let seed = 20251022;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const TYPE_WEIGHTS: Array<[EventType, number]> = [
  ["ind_accepted", 20], ["ind_approved", 22], ["btd", 6], ["priority_review", 3], ["conditional_approval", 1], ["fast_track", 3],
  ["orphan_drug", 3], ["rmat", 1], ["prime", 1], ["nda_accepted", 4], ["approval", 3], ["iit", 6], ["trial_start", 8],
  ["data_readout", 8], ["deal", 4], ["acquisition", 1],
];
const TYPE_TABLE = TYPE_WEIGHTS.flatMap(([t, w]) => Array<EventType>(w).fill(t));
const TARGETS = ["PD-1", "PD-L1", "HER2", "TROP2", "CLDN18.2", "EGFR", "c-MET", "B7-H3", "VEGF", "CD3", "CD19", "BCMA", "GLP-1R", "GIPR", "PCSK9", "KLKB1", "C5", "CFB", "IL-4Ra", "TSLP", "JAK1", "KRAS G12D", "ANGPTL3", "Lp(a)", "CD20", "FGFR2"];
const INDICATIONS = ["非小细胞肺癌", "乳腺癌", "胃癌", "结直肠癌", "肝细胞癌", "多发性骨髓瘤", "弥漫大B细胞淋巴瘤", "2型糖尿病", "肥胖", "高脂血症", "IgA肾病", "特应性皮炎", "哮喘", "系统性红斑狼疮", "阿尔茨海默病", "遗传性血管性水肿", "血友病A", "特发性肺纤维化", "solid tumors", "obesity", "湿性年龄相关性黄斑变性", "晚期实体瘤"];
const COMPANIES = ["恒瑞医药", "信达生物", "百济神州", "石药集团", "科伦博泰", "康方生物", "君实生物", "翰森制药", "百利天恒", "Innovent", "Hengrui", "Akeso", "Hansoh", "CSPC", "Kelun-Biotech"];
const SENTENCES = ["{a}获得临床试验默示许可。", "1类创新药{a}的临床试验申请获受理。", "{a} received clearance from the FDA.", "{a}拟纳入突破性治疗品种。"];

function build(path: string): number {
  const store = openSqliteStore(path);
  const raw = store.raw;
  // The digest does not read the full-text index: drop its triggers so the bench builds in seconds.
  for (const name of raw.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[]) raw.exec(`DROP TRIGGER "${name}"`);
  // Bulk-load settings for this throwaway file: a large page cache keeps the index B-trees in memory.
  raw.pragma("cache_size = -400000");
  raw.pragma("synchronous = OFF");
  const hasClass1 = (raw.prepare("SELECT name FROM pragma_table_info('events')").pluck().all() as string[]).includes("class1");
  const insertDoc = raw.prepare("INSERT INTO documents (id, location, url, title, lang, published, fetched_at, encoding, format, text) VALUES (?, ?, ?, ?, 'zh', ?, ?, 'utf-8', 'txt', '')");
  const insertEvent = raw.prepare(
    `INSERT INTO events (id, key, asset, asset_aliases, company, type, status, agency, date, indication, modality, targets, phase, counterparty, upfront_usd, total_usd, created_at${hasClass1 ? ", class1" : ""})
     VALUES (?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, '2025-10-27T00:00:00Z'${hasClass1 ? ", ?" : ""})`,
  );
  const insertSource = raw.prepare("INSERT INTO event_sources (event_id, document_id, url, sentence, span_start, span_end, extractor_version, fetched_at) VALUES (?, ?, NULL, ?, 0, 10, 'bench', '2025-10-27T00:00:00Z')");
  raw.transaction(() => {
    const docs = Math.ceil(N / 8);
    for (let d = 0; d < docs; d++) {
      const day = new Date(START + Math.floor((d / docs) * DAYS) * 86_400_000).toISOString().slice(0, 10);
      insertDoc.run(`doc${d}`, `bench/${d}.txt`, `https://bench.example/${d}`, `文档 ${d}`, day, "2025-10-27T00:00:00Z");
    }
    for (let i = 1; i <= N; i++) {
      const type = pick(TYPE_TABLE);
      const asset = `BX-${String(Math.floor(random() * ASSETS)).padStart(6, "0")}`;
      // Events arrive roughly in date order, as a pipeline ingests the news of each day.
      const dayIndex = Math.min(DAYS - 1, Math.max(0, Math.floor((i / N) * DAYS + (random() - 0.5) * 4)));
      const date = new Date(START + dayIndex * 86_400_000).toISOString().slice(0, 10);
      const dated = random() < 0.03 ? date.slice(0, 7) : date;
      const designation = ["btd", "priority_review", "conditional_approval", "fast_track", "orphan_drug", "rmat", "prime"].includes(type);
      const agency = type === "deal" || type === "acquisition" || type === "data_readout" ? null : type === "iit" ? "NHC" : random() < 0.8 ? "NMPA" : pick(AGENCIES);
      const money = type === "deal" ? Math.round(random() * 200) * 1e6 : null;
      const targets = JSON.stringify(random() < 0.2 ? [] : random() < 0.7 ? [pick(TARGETS)] : [pick(TARGETS), pick(TARGETS)]);
      const values: Array<string | number | null> = [
        i, `k${i}`, asset, pick(COMPANIES), type, designation ? (random() < 0.4 ? "proposed" : "granted") : null, agency, dated,
        random() < 0.1 ? null : pick(INDICATIONS), random() < 0.1 ? null : pick(MODALITIES), targets, type === "deal" ? "Example Pharma" : null, money, money === null ? null : money * 8,
      ];
      if (hasClass1) values.push(random() < 0.5 ? null : random() < 0.6 ? 1 : 0);
      insertEvent.run(...values);
      insertSource.run(i, `doc${Math.floor(((dayIndex + 0.5) / DAYS) * Math.ceil(N / 8))}`, pick(SENTENCES).replace("{a}", asset));
    }
  })();
  raw.exec("ANALYZE");
  const count = raw.prepare("SELECT count(*) FROM events").pluck().get() as number;
  void store.close();
  return count;
}

const keep = process.env.BENCH_DB; // reuse a built store between runs while tuning queries
function countEvents(path: string): number {
  const store = openSqliteStore(path);
  const n = store.raw.prepare("SELECT count(*) FROM events").pluck().get() as number;
  void store.close();
  return n;
}

const dir = mkdtempSync(join(tmpdir(), "dualtrack-bench-digest-"));
try {
  const path = keep ?? join(dir, "bench.db");
  let t = performance.now();
  const events = keep && existsSync(keep) ? countEvents(keep) : build(path);
  console.log(`built ${events} events in ${Math.round(performance.now() - t)} ms`);
  const store = openSqliteStore(path);
  // warm the page cache and the statement paths on another week, as a running service would be
  await buildDigest(store, { period: weekContaining("2024-03-13") });
  t = performance.now();
  const model = await buildDigest(store, { period: weekContaining("2025-06-18") });
  const ms = performance.now() - t;
  const render = performance.now();
  renderDigestHtml(model, "en");
  console.log(`week ${model.period.isoWeek}: ${model.totals.events} facts, ${model.rows.length} rows, ${model.highlights.length} highlights; html rendered in ${Math.round(performance.now() - render)} ms`);
  const class1 = performance.now();
  await buildDigest(store, { period: weekContaining("2025-06-18"), class1Only: true });
  console.log(`class1-only digest: ${Math.round(performance.now() - class1)} ms`);
  await store.close();
  console.log(`digest: ${Math.round(ms)} ms for one week over ${events} events`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
