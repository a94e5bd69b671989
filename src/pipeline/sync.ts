import type { HttpClient } from "../sources/http/http-types.ts";
import { lastPage } from "../sources/http/pagination.ts";
import type { BrowserFetch, SourceAdapter, SourceRecord, SyncEnv, SyncList } from "../sources/source-adapter.ts";
import type { SourceError } from "../sources/source-error.ts";
import type { Store } from "../store/index.ts";
import type { SyncCheckpoint } from "../store/source-records.ts";
import { dedupeRecords, recordHash, toSourcePage } from "./import-records.ts";

export type SyncOptions = {
  store: Store;
  http: HttpClient;
  now: () => Date;
  /** Rewrites official URLs to the host actually called (a mirror, or a local test server). */
  resolve?: (url: string) => string;
  signal?: AbortSignal;
  /** Call the CDE endpoints from inside a real browser page instead of plain HTTP. */
  browser?: BrowserFetch | null;
  /** Sweep every page even when a page brings nothing new. */
  full?: boolean;
  /** Page size instead of each list's own (CDE's whitelist: 10, 20, 30, 50). */
  pageSize?: number;
  /** Stop after this many pages per list (the checkpoint stays "running", so the next run continues). */
  maxPages?: number;
  onPage?: (info: { sourceId: string; list: string; page: number; lastPage: number; recordsNew: number }) => void;
};

export type SyncListReport = { list: string; pages: number; records: number; recordsNew: number; recordsChanged: number; eventsNew: number; eventsUpdated: number; resumedFrom: number | null; complete: boolean };
export type SyncReport = { sourceId: string; ok: boolean; blocked: boolean; error: SourceError | null; lists: SyncListReport[] };

type Outcome = { ok: true } | { ok: false; error: SourceError };

/**
 * Syncs one source, list by list, page by page. Each page (records, events, checkpoint) is one transaction, so a
 * run killed halfway resumes at the checkpoint and completes with no duplicates. Pagination stops at
 * ceil(total / pageSize) (CDE wraps past the end back to page 1). After one complete sweep, a run stops at the
 * first page that brings nothing new. A bot wall stops the source and is reported as blocked, never as "no news".
 */
export async function syncSource(adapter: SourceAdapter, options: SyncOptions): Promise<SyncReport> {
  const sourceId = adapter.descriptor.id;
  const report: SyncReport = { sourceId, ok: true, blocked: false, error: null, lists: [] };
  if (!adapter.lists) {
    report.ok = false;
    report.error = { kind: "http", message: `${sourceId} has no public list to sync; use \`dualtrack import --source ${sourceId} FILE\``, status: 0, url: null };
    return report;
  }
  const fetchedAt = options.now().toISOString();
  const env: SyncEnv = {
    http: options.http,
    resolve: options.resolve ?? ((u) => u),
    signal: options.signal,
    fetchedAt,
    knownUrls: (urls) => options.store.knownSourceUrls(sourceId, urls),
    browser: options.browser ?? null,
  };
  for (const list of adapter.lists) {
    const listReport: SyncListReport = { list: list.name, pages: 0, records: 0, recordsNew: 0, recordsChanged: 0, eventsNew: 0, eventsUpdated: 0, resumedFrom: null, complete: false };
    report.lists.push(listReport);
    const outcome = await syncList(adapter, list, env, options, listReport);
    if (!outcome.ok) {
      report.ok = false;
      report.error = outcome.error;
      report.blocked = outcome.error.kind === "blocked";
      break;
    }
  }
  await options.store.saveSourceState({
    id: sourceId,
    lastRunAt: fetchedAt,
    recordsSeen: await options.store.countSourceRecords(sourceId),
    blocked: report.blocked,
    lastError: report.error?.message ?? null,
  });
  return report;
}

async function syncList(adapter: SourceAdapter, list: SyncList, env: SyncEnv, options: SyncOptions, report: SyncListReport): Promise<Outcome> {
  const sourceId = adapter.descriptor.id;
  const before = await options.store.getSyncCheckpoint(sourceId, list.name);
  if (list.warmUpUrl && !env.browser) {
    // Collects the bot shield's session cookie; its answer is judged on the real request that follows.
    const warm = await env.http.request({ method: "GET", url: env.resolve(list.warmUpUrl), expect: "html" }, env.signal);
    if (!warm.ok && warm.error.kind === "aborted") return warm;
  }
  const everCompleted = before?.status === "complete";
  if (before?.status === "running" && before.nextPage > 1) {
    report.resumedFrom = before.nextPage;
    const resumed = await sweep(adapter, list, env, options, report, before.nextPage, false, before.startedAt);
    if (!resumed.ok) return resumed;
    return sweep(adapter, list, env, options, report, 1, true, env.fetchedAt);
  }
  return sweep(adapter, list, env, options, report, 1, everCompleted && !options.full, env.fetchedAt);
}

/** Fetches pages from `start` to the last page (or, when `stopWhenKnown`, to the first page with nothing new). */
async function sweep(adapter: SourceAdapter, list: SyncList, env: SyncEnv, options: SyncOptions, report: SyncListReport, start: number, stopWhenKnown: boolean, startedAt: string): Promise<Outcome> {
  const sourceId = adapter.descriptor.id;
  const ctx = { fetchedAt: env.fetchedAt, url: null, list: list.name };
  let page = start;
  let fetched = 0;
  for (;;) {
    if (env.signal?.aborted) return { ok: false, error: { kind: "aborted", message: "sync aborted" } };
    if (options.maxPages !== undefined && fetched >= options.maxPages) return { ok: true };
    const pageSize = options.pageSize ?? list.pageSize;
    const res = await list.fetchPage(env, page, pageSize);
    if (!res.ok) return res;
    let total: number | null = null;
    const records: SourceRecord[] = [];
    for (const input of res.value.inputs) {
      const parsed = await adapter.parse(input, { ...ctx, url: input.url });
      if (!parsed.ok) return parsed; // nothing from this page is stored
      records.push(...parsed.value.records);
      total = parsed.value.total ?? total;
    }
    const unique = dedupeRecords(records);
    const hashes = new Map(unique.map((r) => [r.key, recordHash(r, list.name)]));
    const known = await options.store.knownSourceRecords(sourceId, unique.map((r) => ({ key: r.key, hash: hashes.get(r.key)! })));
    const complete: SourceRecord[] = [];
    for (const record of unique) {
      if (list.enrich && !known.has(record.key)) {
        const enriched = await list.enrich(env, record, ctx);
        if (!enriched.ok) return enriched;
        complete.push(enriched.value);
      } else complete.push(record);
    }
    const last = total !== null ? lastPage(total, pageSize) : (res.value.pages ?? 1);
    const done = page >= last || (stopWhenKnown && known.size === unique.length);
    const checkpoint: SyncCheckpoint = { sourceId, list: list.name, status: done ? "complete" : "running", nextPage: page + 1, lastPage: last, total, startedAt, updatedAt: options.now().toISOString() };
    const saved = await options.store.saveSourcePage(toSourcePage(sourceId, complete, { fetchedAt: env.fetchedAt, list: list.name, checkpoint, hashes }));
    report.pages++;
    report.records += unique.length;
    report.recordsNew += saved.recordsNew;
    report.recordsChanged += saved.recordsChanged;
    report.eventsNew += saved.eventsNew;
    report.eventsUpdated += saved.eventsUpdated;
    options.onPage?.({ sourceId, list: list.name, page, lastPage: last, recordsNew: saved.recordsNew });
    fetched++;
    if (done) {
      report.complete = true;
      return { ok: true };
    }
    page++;
  }
}
