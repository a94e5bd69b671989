// Builds a store of 1M generated events (with their source sentences and full-text index), serves it with
// `createApp` in a child process on 127.0.0.1, and drives the events page and its JSON API with two facets
// and a full-text query (Chinese or English) from a bounded-concurrency fetch loop. Last line:
// `api: p50 X ms, p95 Y ms, p99 Z ms, R req/s` (target p95 ≤ 50 ms).
// Usage: node --import tsx bench/api.bench.ts [events=1000000] [requests=4000] [concurrency=4] [kept-db-path]
// (with a kept-db-path the store is built there once, reused by later runs and not deleted).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "../src/api/create-app.ts";
import { loadConfig } from "../src/config/index.ts";
import { MODALITIES, type EventType } from "../src/domain/index.ts";
import { openSqliteStore } from "../src/store/index.ts";

const SELF = fileURLToPath(import.meta.url);

// A small deterministic generator (mulberry32), so every run builds the same store.
let seed = 20251107;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
/** Skewed pick: low indexes are much more frequent (a few crowded targets, many rare ones). */
const skewed = <T>(list: readonly T[]): T => list[Math.floor(random() ** 2.5 * list.length)]!;

const TYPES: Array<[EventType, number]> = [
  ["ind_accepted", 20], ["ind_approved", 22], ["btd", 6], ["priority_review", 3], ["conditional_approval", 1], ["fast_track", 3], ["orphan_drug", 2], ["rmat", 1], ["prime", 1],
  ["nda_accepted", 5], ["approval", 4], ["iit", 8], ["trial_start", 8], ["data_readout", 8], ["deal", 6], ["acquisition", 2],
];
const TYPE_TABLE = TYPES.flatMap(([t, w]) => Array<EventType>(w).fill(t));
const TYPE_ZH: Partial<Record<EventType, string>> = { ind_accepted: "临床试验申请获受理", ind_approved: "获批临床", btd: "拟纳入突破性治疗药物", priority_review: "纳入优先审评", approval: "获批上市", iit: "研究者发起的临床研究完成首例给药", deal: "达成授权合作" };
const TARGETS = ["PD-1", "HER2", "EGFR", "Claudin18.2", "TROP2", "CD19", "BCMA", "GLP-1R", "KRAS G12C", "PD-L1", "VEGF", "CD3", "B7-H3", "IL-2Ra", "C5", "PCSK9", "TSLP", "IL-4Ra", "CLDN6", "FGFR2",
  ...Array.from({ length: 280 }, (_, i) => `TGT${i + 1}`)];
const INDICATIONS = ["非小细胞肺癌", "乳腺癌", "胃癌", "肝细胞癌", "多发性骨髓瘤", "系统性红斑狼疮", "特发性肺纤维化", "2型糖尿病", "补体相关肾病", "lung cancer", "breast cancer", "multiple myeloma", "obesity", "atopic dermatitis", "IgA nephropathy"];
const PREFIXES = ["IBI", "SHR", "HRS", "AK", "SKB", "BL-B", "JS", "HLX", "TQB", "BGB", "HS-", "SYH", "JSKN", "RC", "HBM", "LM-", "DB-", "YL"];
const COMPANIES = Array.from({ length: 2000 }, (_, i) => (i % 2 ? `生物医药${i}有限公司` : `Biotech ${i} Inc.`));
const AGENCY_TABLE = [...Array<string>(12).fill("NMPA"), "FDA", "FDA", "FDA", "EMA", "NHC", "PMDA", null, null] as Array<string | null>;

/** Fills a new store with `n` events (one source sentence each) in one transaction, then builds the full-text index in bulk. */
function buildStore(path: string, n: number): void {
  const store = openSqliteStore(path);
  const raw = store.raw;
  // Bulk load: the per-row full-text triggers are replaced by one bulk insert at the end, then restored.
  const triggers = raw.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('events_ai', 'event_sources_ai')").all() as Array<{ name: string; sql: string }>;
  for (const t of triggers) raw.exec(`DROP TRIGGER ${t.name}`);
  const insertEvent = raw.prepare(
    "INSERT INTO events (id, key, asset, asset_aliases, company, type, status, agency, date, indication, modality, targets, phase, counterparty, upfront_usd, total_usd, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insertSource = raw.prepare("INSERT INTO event_sources (event_id, document_id, source_id, record_id, url, sentence, span_start, span_end, extractor_version, fetched_at) VALUES (?, NULL, 'bench', ?, ?, ?, 0, ?, 'bench', ?)");
  const start = Date.UTC(2015, 0, 1);
  raw.transaction(() => {
    for (let id = 1; id <= n; id++) {
      const type = pick(TYPE_TABLE);
      const company = skewed(COMPANIES);
      const asset = `${pick(PREFIXES)}${Math.floor(random() * 200_000)}`;
      const targets = random() < 0.3 ? [skewed(TARGETS), skewed(TARGETS)] : [skewed(TARGETS)];
      const indication = pick(INDICATIONS);
      const date = new Date(start + Math.floor(random() * 4300) * 86_400_000).toISOString().slice(0, 10);
      const status = ["btd", "priority_review", "fast_track", "orphan_drug"].includes(type) ? (random() < 0.4 ? "proposed" : "granted") : null;
      const zh = random() < 0.6;
      const sentence = zh
        ? `${company}宣布，其${targets.join("/")}靶向药物${asset}${TYPE_ZH[type] ?? "取得进展"}，拟用于治疗${indication}。`
        : `${company} announced that ${asset}, targeting ${targets.join(" and ")}, received ${type.replace("_", " ")} for ${indication}.`;
      insertEvent.run(id, `bench:${id}`, asset, "[]", company, type, status, pick(AGENCY_TABLE), date, indication, pick(MODALITIES), JSON.stringify(targets), random() < 0.5 ? pick(["1", "2", "3"]) : null, type === "deal" ? pick(COMPANIES) : null, null, null, "2025-01-01T00:00:00Z");
      insertSource.run(id, `r${id}`, `https://example.com/news/${id}`, sentence, sentence.length, "2025-01-01T00:00:00Z");
    }
    raw.exec(`INSERT INTO events_fts (rowid, asset, asset_aliases, company, indication, targets, counterparty, sentences)
      SELECT e.id, e.asset, e.asset_aliases, coalesce(e.company, ''), coalesce(e.indication, ''), e.targets, coalesce(e.counterparty, ''), s.sentence
      FROM events e JOIN event_sources s ON s.event_id = e.id`);
    for (const t of triggers) raw.exec(t.sql);
  })();
  raw.exec("ANALYZE");
  raw.pragma("wal_checkpoint(TRUNCATE)");
  raw.close();
}

/** Child process: serves the store on 127.0.0.1 and prints the port. */
async function serveStore(path: string): Promise<void> {
  const store = openSqliteStore(path);
  const app = createApp({ store, config: loadConfig({}), clock: () => new Date("2025-06-05T04:00:00Z"), log: (line) => process.stderr.write(`server: ${line.split("\n")[0]}\n`) });
  // No header/request timeouts: a cold full-text query on 1M events can hold the (single) thread for a while.
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1", serverOptions: { headersTimeout: 0, requestTimeout: 0 } }, () => {
    process.stdout.write(`port ${(server.address() as AddressInfo).port}\n`);
  });
}

const QUERIES = ["突破性治疗", "非小细胞肺癌", "获批临床", "多发性骨髓瘤", "PD-1", "Claudin18.2", "breast cancer", "obesity", "HER2", "授权合作", "IgA nephropathy", "GLP-1R"];
const FACET_PAIRS = [
  "type=ind_approved&agency=NMPA",
  "type=btd&agency=NMPA",
  "type=iit&agency=NHC",
  "agency=FDA&modality=adc",
  "agency=NMPA&modality=bispecific_antibody",
  "type=deal&target=HER2",
  "type=btd&target=PD-1",
  "status=proposed&type=btd",
];

/** The filters analysts use: every pair of facets with every query (96 filter combinations). */
const FILTERS = FACET_PAIRS.flatMap((facets) => QUERIES.map((q) => `${facets}&q=${encodeURIComponent(q)}`));

/** One filter combination, on the page or the API, on page 1 (70 %) or a later page. */
function randomPath(): string {
  const page = random() < 0.7 ? 1 : 2 + Math.floor(random() * 4);
  return `${random() < 0.5 ? "/events" : "/api/events"}?${pick(FILTERS)}&page=${page}`;
}

async function load(base: string, paths: string[] | number, concurrency: number): Promise<{ latencies: number[]; seconds: number; failed: number }> {
  const latencies: number[] = [];
  const requests = typeof paths === "number" ? paths : paths.length;
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < requests) {
      const path = typeof paths === "number" ? randomPath() : paths[next]!;
      next++;
      const t0 = performance.now();
      try {
        const res = await fetch(base + path);
        await res.arrayBuffer();
        if (res.status !== 200) failed++;
      } catch {
        failed++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, seconds: (performance.now() - t0) / 1000, failed };
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main(): Promise<void> {
  if (process.argv[2] === "--serve") return serveStore(process.argv[3]!);
  const n = Number(process.argv[2] ?? 1_000_000);
  const requests = Number(process.argv[3] ?? 4000);
  const concurrency = Number(process.argv[4] ?? 4);
  const kept = process.argv[5];
  const dir = kept ? null : mkdtempSync(join(tmpdir(), "dualtrack-api-bench-"));
  const db = kept ?? join(dir!, "bench.db");
  try {
    let t0 = performance.now();
    if (!kept || !existsSync(kept)) {
      buildStore(db, n);
      console.log(`built a store of ${n.toLocaleString("en")} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const child = spawn(process.execPath, ["--import", "tsx", SELF, "--serve", db], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          const m = /port (\d+)/.exec(chunk.toString());
          if (m) resolve(Number(m[1]));
        });
        child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
      });
      const base = `http://127.0.0.1:${port}`;
      t0 = performance.now();
      const first = await fetch(`${base}/api/events?type=btd&agency=NMPA&q=${encodeURIComponent("突破性治疗")}`);
      const body = (await first.json()) as { total: number };
      console.log(`first request (cold): ${(performance.now() - t0).toFixed(0)} ms, ${body.total} matching events`);
      // First pass: every filter combination once, with cold caches (counts and facets are then cached until the data changes).
      const cold = await load(base, FILTERS.map((f) => `/api/events?${f}`), concurrency);
      const coldSorted = [...cold.latencies].sort((a, b) => a - b);
      console.log(`cold pass over ${FILTERS.length} filter combinations (${cold.failed} failed): p50 ${percentile(coldSorted, 50).toFixed(1)} ms, p95 ${percentile(coldSorted, 95).toFixed(1)} ms, max ${coldSorted[coldSorted.length - 1]!.toFixed(1)} ms`);
      const { latencies, seconds, failed } = await load(base, requests, concurrency);
      const sorted = [...latencies].sort((a, b) => a - b);
      console.log(`${requests} requests (events page and /api/events, two facets + full-text query, random pages), concurrency ${concurrency}, ${failed} failed`);
      console.log(`api: p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, ${Math.round(requests / seconds)} req/s`);
    } finally {
      child.kill();
    }
  } finally {
    if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
