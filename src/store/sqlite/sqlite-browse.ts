import type BetterSqlite3 from "better-sqlite3";
import type { EventType } from "../../domain/index.ts";
import { buildFtsQuery, likePattern } from "../fts-query.ts";
import { STAGES, type EventPage, type EventQuery, type FacetCounts, type FacetName, type LandscapeCell, type WeeklyCount } from "../event-query.ts";
import type { EventSourceRow, StoredEvent } from "../store.ts";
import { parseEventRow, parseList, type EventFieldsRow } from "./event-row.ts";

type Param = string | number;
type Where = { sql: string; params: Param[] };

type EventRow = EventFieldsRow & { id: number; key: string };

type SourceRow = {
  event_id: number;
  document_id: string | null;
  source_id: string | null;
  record_id: string | null;
  url: string | null;
  sentence: string;
  span_start: number;
  span_end: number;
  extractor_version: string;
  fetched_at: string;
  title: string | null;
  doc_url: string | null;
  location: string | null;
};

/** Normalises a target for comparison: PD-1, pd1 and "PD 1" are the same. */
export const normTarget = (target: string): string => target.toLowerCase().replace(/[-\s]/g, "");

const ORDER_COLUMNS = { date: "e.date", asset: "e.asset", company: "e.company", type: "e.type" } as const;
const EVENT_COLUMNS = "e.id, e.key, e.asset, e.asset_aliases, e.company, e.type, e.status, e.agency, e.date, e.indication, e.modality, e.targets, e.phase, e.counterparty, e.upfront_usd, e.total_usd";
const CACHE_SIZE = 5000;
/** Full-text hit tables kept at once. */
const HIT_TABLES = 64;
/** Results up to this size keep their ordered ids in the cache, so paging them never walks the date index. */
const SMALL_RESULT = 5_000;

/**
 * The read queries of the web UI and API (events page with facets, weekly counts, asset and company
 * pages, landscape), on the raw better-sqlite3 handle: each call runs synchronously, so it is atomic and
 * never interleaves with another request. Counts and facets are cached until the data changes.
 */
export class SqliteBrowse {
  private readonly raw: BetterSqlite3.Database;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private readonly cache = new Map<string, unknown>();
  private cacheVersion = "";
  private readonly hitTables = new Map<string, string>();
  private hitCounter = 0;

  constructor(raw: BetterSqlite3.Database) {
    this.raw = raw;
  }

  /** Changes whenever any connection commits a change to the store. */
  dataVersion(): string {
    const dv = this.raw.pragma("data_version", { simple: true }) as number;
    const changes = this.stmt("SELECT total_changes() AS n").get() as { n: number };
    return `${dv}:${changes.n}`;
  }

  queryEvents(query: EventQuery, limit: number, offset: number): EventPage {
    const hits = this.hits(query.q);
    const where = conditions(query, undefined, hits);
    const probe = conditions(query, undefined, hits, true);
    const total = this.cached(`count:${JSON.stringify(normalizeQuery(query))}`, () => {
      const row = this.stmt(`SELECT count(*) AS n FROM events e WHERE ${where.sql}`).get(...where.params) as { n: number };
      return row.n;
    });
    const column = ORDER_COLUMNS[query.sort ?? "date"];
    const dir = (query.order ?? (query.sort === undefined || query.sort === "date" ? "desc" : "asc")) === "asc" ? "ASC" : "DESC";
    if (total <= SMALL_RESULT) {
      // Few matches: their ids in order are cached with the count, and a page is read by id. (Walking the date
      // index for them, as below, would cross most of the table before filling a page.)
      const ids = this.cached(`ids:${column}:${dir}:${JSON.stringify(normalizeQuery(query))}`, () =>
        this.stmt(`SELECT e.id FROM events e WHERE ${where.sql} ORDER BY ${column} ${dir}, e.id ${dir}`).pluck().all(...where.params) as number[],
      );
      const page = ids.slice(offset, offset + limit);
      if (page.length === 0) return { total, events: [] };
      const byId = new Map((this.raw.prepare(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id IN (${page.map(() => "?").join(", ")})`).all(...page) as EventRow[]).map((r) => [r.id, r]));
      return { total, events: this.withSources(page.map((id) => byId.get(id)).filter((r): r is EventRow => r !== undefined)) };
    }
    const rows = this.stmt(`SELECT ${EVENT_COLUMNS} FROM events e WHERE ${probe.sql} ORDER BY ${column} ${dir}, e.id ${dir} LIMIT ? OFFSET ?`).all(
      ...probe.params,
      limit,
      offset,
    ) as EventRow[];
    return { total, events: this.withSources(rows) };
  }

  facetCounts(query: EventQuery, facets: readonly FacetName[], limit: number): FacetCounts {
    const out: FacetCounts = {};
    for (const facet of facets) {
      const where = conditions(query, facet, this.hits(query.q));
      const key = `facet:${facet}:${limit}:${JSON.stringify(normalizeQuery(query, facet))}`;
      out[facet] = this.cached(key, () => {
        const sql =
          facet === "target"
            ? `SELECT min(t.target) AS value, count(*) AS n FROM event_targets t JOIN events e ON e.id = t.event_id WHERE ${where.sql} GROUP BY t.norm ORDER BY n DESC, value LIMIT ?`
            : `SELECT e.${facet} AS value, count(*) AS n FROM events e WHERE e.${facet} IS NOT NULL AND ${where.sql} GROUP BY e.${facet} ORDER BY n DESC, value LIMIT ?`;
        const rows = this.stmt(sql).all(...where.params, limit) as Array<{ value: string; n: number }>;
        return rows.map((r) => ({ value: r.value, count: r.n }));
      });
    }
    return out;
  }

  weeklyCounts(since: string, until: string): WeeklyCount[] {
    const rows = this.stmt(
      `SELECT date(date, '-' || ((CAST(strftime('%w', date) AS INTEGER) + 6) % 7) || ' days') AS week, type, count(*) AS n
       FROM events WHERE date >= ? AND date <= ? AND length(date) = 10 GROUP BY week, type ORDER BY week, type`,
    ).all(since, until) as Array<{ week: string; type: EventType; n: number }>;
    return rows.map((r) => ({ week: r.week, type: r.type, count: r.n }));
  }

  latestEventDate(notAfter: string): string | null {
    const row = this.stmt("SELECT max(date) AS d FROM events WHERE length(date) = 10 AND date <= ?").get(notAfter) as { d: string | null };
    return row.d;
  }

  /** Events of one asset, found by name or alias (case-insensitive), oldest first. */
  assetEvents(name: string): StoredEvent[] {
    const wanted = name.trim().toLowerCase();
    if (!wanted) return [];
    const rows = this.candidates(name, "{asset asset_aliases}", "e.asset = ?", "e.asset LIKE ? ESCAPE '\\' OR e.asset_aliases LIKE ? ESCAPE '\\'", 2).filter(
      (r) => r.asset.toLowerCase() === wanted || parseList(r.asset_aliases).some((a) => a.toLowerCase() === wanted),
    );
    return this.withSources(sortByDate(rows));
  }

  /** Events where the company is the sponsor or the counterparty (exact, case-insensitive), oldest first. */
  companyEvents(name: string): StoredEvent[] {
    const wanted = name.trim().toLowerCase();
    if (!wanted) return [];
    const rows = this.candidates(name, "{company counterparty}", "e.company = ?", "e.company LIKE ? ESCAPE '\\' OR e.counterparty LIKE ? ESCAPE '\\'", 2).filter(
      (r) => r.company?.toLowerCase() === wanted || r.counterparty?.toLowerCase() === wanted,
    );
    return this.withSources(sortByDate(rows));
  }

  /** Target × furthest-stage counts of assets, for the most crowded targets. */
  landscape(maxTargets: number): LandscapeCell[] {
    return this.cached(`landscape:${maxTargets}`, () => {
      const rows = this.stmt(
        `WITH per AS (
           SELECT t.norm, lower(e.asset) AS asset, max(${STAGE_SQL}) AS stage
           FROM event_targets t JOIN events e ON e.id = t.event_id GROUP BY t.norm, lower(e.asset)
         ), top AS (
           SELECT norm FROM per WHERE stage IS NOT NULL GROUP BY norm ORDER BY count(*) DESC, norm LIMIT ?
         ), names AS (
           SELECT norm, min(target) AS target FROM event_targets WHERE norm IN (SELECT norm FROM top) GROUP BY norm
         )
         SELECT names.target, per.stage, count(*) AS n FROM per JOIN names ON names.norm = per.norm
         WHERE per.stage IS NOT NULL GROUP BY per.norm, per.stage ORDER BY names.target, per.stage`,
      ).all(maxTargets) as Array<{ target: string; stage: number; n: number }>;
      return rows.map((r) => ({ target: r.target, stage: STAGES[r.stage] ?? "preclinical", assets: r.n }));
    });
  }

  /** Events matching a raw condition on `e`, newest first (used by watchlists). */
  eventsWhere(where: Where, limit: number, ascendingIds = false): StoredEvent[] {
    const order = ascendingIds ? "e.id ASC" : "e.date DESC, e.id DESC";
    const rows = this.stmt(`SELECT ${EVENT_COLUMNS} FROM events e WHERE ${where.sql} ORDER BY ${order} LIMIT ?`).all(...where.params, limit) as EventRow[];
    return this.withSources(rows);
  }

  maxEventId(): number {
    const row = this.stmt("SELECT coalesce(max(id), 0) AS n FROM events").get() as { n: number };
    return row.n;
  }

  private candidates(name: string, ftsColumns: string, exact: string, like: string, likeParams: number): EventRow[] {
    const trimmed = name.trim();
    const byIndex = this.stmt(`SELECT ${EVENT_COLUMNS} FROM events e WHERE ${exact} LIMIT 5000`).all(trimmed) as EventRow[];
    let more: EventRow[];
    if ([...trimmed].length >= 3) {
      const match = `${ftsColumns} : "${trimmed.replace(/"/g, '""')}"`;
      more = this.stmt(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?) LIMIT 5000`).all(match) as EventRow[];
    } else {
      const p = likePattern(trimmed);
      more = this.stmt(`SELECT ${EVENT_COLUMNS} FROM events e WHERE ${like} LIMIT 5000`).all(...Array<string>(likeParams).fill(p)) as EventRow[];
    }
    const seen = new Map<number, EventRow>();
    for (const r of [...byIndex, ...more]) seen.set(r.id, r);
    return [...seen.values()];
  }

  private withSources(rows: EventRow[]): StoredEvent[] {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const sources = this.stmt(
      `SELECT s.event_id, s.document_id, s.source_id, s.record_id, s.url, s.sentence, s.span_start, s.span_end, s.extractor_version, s.fetched_at,
              d.title, d.url AS doc_url, d.location
       FROM event_sources s LEFT JOIN documents d ON d.id = s.document_id
       WHERE s.event_id IN (SELECT value FROM json_each(?)) ORDER BY s.id`,
    ).all(JSON.stringify(ids)) as SourceRow[];
    const byEvent = new Map<number, EventSourceRow[]>();
    for (const s of sources) {
      const list = byEvent.get(s.event_id) ?? [];
      list.push({
        documentId: s.document_id,
        sourceId: s.source_id,
        recordId: s.record_id,
        url: s.url ?? s.doc_url ?? s.location ?? null,
        title: s.title,
        sentence: s.sentence,
        span: [s.span_start, s.span_end],
        extractorVersion: s.extractor_version,
        fetchedAt: s.fetched_at,
      });
      byEvent.set(s.event_id, list);
    }
    const out: StoredEvent[] = [];
    for (const row of rows) {
      const event = toEvent(row);
      if (event) out.push({ ...event, id: row.id, key: row.key, sources: byEvent.get(row.id) ?? [] });
    }
    return out;
  }

  /** Clears the caches and drops the hit tables when the data changed since they were filled. */
  private checkVersion(): void {
    const version = this.dataVersion();
    if (version === this.cacheVersion) return;
    this.cache.clear();
    for (const table of this.hitTables.values()) this.raw.exec(`DROP TABLE IF EXISTS temp.${table}`);
    this.hitTables.clear();
    this.cacheVersion = this.dataVersion();
  }

  /**
   * The temporary table of the ids matching a full-text query, filled on first use and kept (LRU) until
   * the data changes, so paging and facets do not search the index again.
   */
  private hits(q: string | undefined): string | undefined {
    if (!q) return undefined;
    this.checkVersion();
    const key = q.normalize("NFKC").trim();
    const existing = this.hitTables.get(key);
    if (existing) {
      this.hitTables.delete(key);
      this.hitTables.set(key, existing);
      return existing;
    }
    const table = `fts_hits_${++this.hitCounter}`;
    const where = textConditions(key);
    this.raw.exec(`CREATE TEMP TABLE ${table} (id INTEGER PRIMARY KEY)`);
    this.raw.prepare(`INSERT INTO temp.${table} (id) SELECT e.id FROM events e WHERE ${where.sql}`).run(...where.params);
    this.hitTables.set(key, table);
    if (this.hitTables.size > HIT_TABLES) {
      const [oldKey, oldTable] = this.hitTables.entries().next().value as [string, string];
      this.hitTables.delete(oldKey);
      this.raw.exec(`DROP TABLE IF EXISTS temp.${oldTable}`);
    }
    this.cacheVersion = this.dataVersion();
    return table;
  }

  private cached<T>(key: string, compute: () => T): T {
    this.checkVersion();
    if (this.cache.has(key)) {
      const value = this.cache.get(key) as T;
      this.cache.delete(key);
      this.cache.set(key, value);
      return value;
    }
    const value = compute();
    this.cache.set(key, value);
    if (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    return value;
  }

  private stmt(sql: string): BetterSqlite3.Statement {
    // Statements naming a hit table die with it: prepare them afresh rather than fill the cache.
    if (sql.includes("temp.fts_hits_")) return this.raw.prepare(sql);
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.raw.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/** Furthest stage an event shows, as an index into STAGES (NULL when it says nothing about the stage). */
const STAGE_SQL = `CASE
  WHEN e.type IN ('approval', 'conditional_approval') THEN 7
  WHEN e.type IN ('nda_accepted', 'priority_review') THEN 6
  WHEN e.phase IN ('3', '2/3') THEN 5
  WHEN e.phase IN ('2', '1/2', '1-3') THEN 4
  WHEN e.phase = '1' OR e.type = 'trial_start' THEN 3
  WHEN e.type IN ('ind_accepted', 'ind_approved', 'btd', 'fast_track', 'orphan_drug', 'rmat', 'prime') THEN 2
  WHEN e.type = 'iit' THEN 1
  WHEN e.phase = 'preclinical' THEN 0
  ELSE NULL END`;

const inList = (column: string, values: readonly string[]): Where => ({ sql: `${column} IN (${values.map(() => "?").join(", ")})`, params: [...values] });

/** The full-text part of a query: FTS5 trigram MATCH for words of 3+ characters, LIKE for shorter ones. */
function textConditions(q: string): Where {
  const parts: Where[] = [];
  const fts = buildFtsQuery(q);
  if (fts.match) parts.push({ sql: "e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)", params: [fts.match] });
  for (const term of fts.likeTerms) {
    const p = likePattern(term);
    parts.push({
      sql: "(e.asset LIKE ? ESCAPE '\\' OR e.asset_aliases LIKE ? ESCAPE '\\' OR e.company LIKE ? ESCAPE '\\' OR e.indication LIKE ? ESCAPE '\\' OR e.targets LIKE ? ESCAPE '\\' OR e.id IN (SELECT event_id FROM event_sources WHERE sentence LIKE ? ESCAPE '\\'))",
      params: [p, p, p, p, p, p],
    });
  }
  if (parts.length === 0) return { sql: "1 = 1", params: [] };
  return { sql: parts.map((p) => `(${p.sql})`).join(" AND "), params: parts.flatMap((p) => p.params) };
}

/**
 * The WHERE clause of a query on `events e`, leaving out one facet's own filter when asked. With
 * `hitsTable`, the full-text query is read from that temporary table of matching ids.
 */
export function conditions(query: EventQuery, except?: FacetName, hitsTable?: string, probe = false): Where {
  // With `probe` (paging: ORDER BY date LIMIT n), `+e.id` keeps SQLite from driving the query from the hit or
  // target lists, so it walks a date or facet index and probes them; counts and facets drive from the lists.
  const id = probe ? "+e.id" : "e.id";
  const parts: Where[] = [];
  if (query.types?.length && except !== "type") parts.push(inList("e.type", query.types));
  if (query.agencies?.length && except !== "agency") parts.push(inList("e.agency", query.agencies));
  if (query.statuses?.length && except !== "status") parts.push(inList("e.status", query.statuses));
  if (query.modalities?.length && except !== "modality") parts.push(inList("e.modality", query.modalities));
  if (query.companies?.length && except !== "company") parts.push(inList("e.company", query.companies));
  if (query.targets?.length && except !== "target") {
    const norms = query.targets.map(normTarget);
    parts.push({ sql: `${id} IN (SELECT event_id FROM event_targets WHERE norm IN (${norms.map(() => "?").join(", ")}))`, params: norms });
  }
  if (query.asset) {
    const p = likePattern(`"${query.asset}"`);
    parts.push({ sql: "(e.asset = ? COLLATE NOCASE OR e.asset_aliases LIKE ? ESCAPE '\\')", params: [query.asset, p] });
  }
  if (query.since) parts.push({ sql: "e.date IS NOT NULL AND e.date >= substr(?, 1, length(e.date))", params: [query.since] });
  if (query.until) parts.push({ sql: "e.date IS NOT NULL AND substr(e.date, 1, length(?)) <= ?", params: [query.until, query.until] });
  if (query.q) {
    if (hitsTable) parts.push({ sql: `${id} IN (SELECT id FROM temp.${hitsTable})`, params: [] });
    else parts.push(textConditions(query.q));
  }
  if (parts.length === 0) return { sql: "1 = 1", params: [] };
  return { sql: parts.map((p) => `(${p.sql})`).join(" AND "), params: parts.flatMap((p) => p.params) };
}

/** The query without paging, sorting and one facet, as a stable cache key. */
function normalizeQuery(query: EventQuery, except?: FacetName): unknown[] {
  const sorted = (v: readonly string[] | undefined) => (v?.length ? [...v].sort() : null);
  return [
    except === "type" ? null : sorted(query.types),
    except === "agency" ? null : sorted(query.agencies),
    except === "status" ? null : sorted(query.statuses),
    except === "modality" ? null : sorted(query.modalities),
    except === "target" ? null : sorted(query.targets?.map(normTarget)),
    except === "company" ? null : sorted(query.companies),
    query.asset ?? null,
    query.since ?? null,
    query.until ?? null,
    query.q ?? null,
  ];
}


function sortByDate(rows: EventRow[]): EventRow[] {
  return [...rows].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.id - b.id);
}

function toEvent(row: EventRow) {
  const parsed = parseEventRow(row);
  return parsed.success ? parsed.data : null;
}
