import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, sql, type ExpressionBuilder, type Expression, type SqlBool } from "kysely";
import type { Document, SourceState } from "../../domain/index.ts";
import { AppError, messageOf } from "../../shared/errors.ts";
import type { Database } from "../schema.ts";
import { parseEventRow } from "./event-row.ts";
import type { EventFilter, EventSourceRow, NewEvent, SaveDocumentResult, Store, StoredEvent } from "../store.ts";
import { migrateToLatest } from "../migrate.ts";
import { buildFtsQuery, likePattern } from "../fts-query.ts";
import type { AssetEventsQuery, EarlierEvent, EarlierEventsQuery, EventKindCount, FacetCount, PeriodQuery, PeriodTotals, ReportEvent, ReportFacet } from "../report-query.ts";
import { countEventFacet } from "./queries/count-event-facet.ts";
import { countEventKinds } from "./queries/count-event-kinds.ts";
import { countEventsDated } from "./queries/count-events-dated.ts";
import { listAssetEvents } from "./queries/list-asset-events.ts";
import { listEarlierEvents } from "./queries/list-earlier-events.ts";
import { listPeriodEvents } from "./queries/list-period-events.ts";
import { periodTotals } from "./queries/period-totals.ts";
import type { EventPage, EventQuery, FacetCounts, FacetName, LandscapeCell, WeeklyCount } from "../event-query.ts";
import type { NewWatchlist, NewWebhookDelivery, WatchFilter, Watchlist, WebhookDelivery } from "../watchlist.ts";
import { SqliteBrowse } from "./sqlite-browse.ts";
import { SqliteWatchlists } from "./sqlite-watchlists.ts";
import type { SourceEventFacts, SourcePage, SourcePageResult, SyncCheckpoint } from "../source-records.ts";
import { countSourceRecordsSql, getSourceEventFactsSql, getSyncCheckpointSql, knownSourceRecordsSql, knownSourceUrlsSql, saveSourcePageSql } from "./source-records-sql.ts";
import type { MergedEventQuery, ResolutionEventRow, ResolutionRun, ResolutionWrite, StoredAsset, StoredMergedEvent } from "../resolution-records.ts";
import { findAssetIdsSql, getAssetsSql, lastResolutionSql, listAssetIdsSql, listMergedEventsSql, listResolutionEventsSql, resolutionFingerprintSql, saveResolutionSql } from "./resolution-sql.ts";

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), "../../../migrations/sqlite");

type EventRow = Database["events"] & { id: number };

/** Opens (creating and migrating when needed) the SQLite store at `path`. */
export function openSqliteStore(path: string, options: { readonly?: boolean } = {}): SqliteStore {
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw new AppError("store", `cannot open the store ${path}: ${messageOf(error)}`, { cause: error });
  }
  try {
    raw.pragma("busy_timeout = 5000"); // first: another process may hold the lock while this one switches to WAL or migrates
    if (!options.readonly) {
      raw.pragma("journal_mode = WAL");
      raw.pragma("synchronous = NORMAL");
    }
    raw.pragma("foreign_keys = ON");
    if (!options.readonly) migrateToLatest(raw, MIGRATIONS);
  } catch (error) {
    raw.close();
    throw new AppError("store", `cannot open the store ${path}: ${messageOf(error)}`, { cause: error });
  }
  return new SqliteStore(raw);
}

const json = (value: unknown): string => JSON.stringify(value);

export class SqliteStore implements Store {
  readonly raw: BetterSqlite3.Database;
  readonly db: Kysely<Database>;

  constructor(raw: BetterSqlite3.Database) {
    this.raw = raw;
    this.db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  }

  async saveDocument(document: Document, events: NewEvent[]): Promise<SaveDocumentResult> {
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom("documents").select("id").where("id", "=", document.id).executeTakeFirst();
      if (existing) return { status: "unchanged", eventsAdded: 0 } as const;
      await trx
        .insertInto("documents")
        .values({
          id: document.id,
          location: document.location,
          url: document.url,
          title: document.title,
          lang: document.lang,
          published: document.published,
          fetched_at: document.fetchedAt,
          encoding: document.encoding,
          format: document.format,
          text: document.text,
        })
        .execute();
      let eventsAdded = 0;
      for (const item of events) if (await insertEvent(trx, item)) eventsAdded++;
      return { status: "new", eventsAdded } as const;
    });
  }

  async saveRecordEvents(events: NewEvent[]): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      let added = 0;
      for (const item of events) if (await insertEvent(trx, item)) added++;
      return added;
    });
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.db.selectFrom("documents").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
  }

  async getDocument(id: string): Promise<Document | null> {
    const row = await this.db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return null;
    return {
      id: row.id,
      location: row.location,
      url: row.url,
      title: row.title,
      lang: row.lang === "en" ? "en" : "zh",
      published: row.published,
      fetchedAt: row.fetched_at,
      encoding: row.encoding as Document["encoding"],
      format: row.format as Document["format"],
      text: row.text,
    };
  }

  async countDocuments(): Promise<number> {
    const row = await this.db.selectFrom("documents").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async listEvents(filter: EventFilter): Promise<StoredEvent[]> {
    const rows = (await this.db
      .selectFrom("events")
      .selectAll()
      .where((eb) => eb.and(filterConditions(eb, filter)))
      .orderBy(sql`coalesce(date, '')`, "desc")
      .orderBy("id", "desc")
      .limit(filter.limit ?? 1000)
      .offset(filter.offset ?? 0)
      .execute()) as EventRow[];
    if (rows.length === 0) return [];
    const sources = await this.sourcesOf(rows.map((r) => r.id));
    return rows.map((row) => toStoredEvent(row, sources.get(row.id) ?? []));
  }

  async countEvents(filter: EventFilter): Promise<number> {
    const row = await this.db
      .selectFrom("events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where((eb) => eb.and(filterConditions(eb, filter)))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async getSourceStates(): Promise<SourceState[]> {
    const rows = await this.db.selectFrom("sources").selectAll().orderBy("id").execute();
    return rows.map((r) => ({ id: r.id, lastRunAt: r.last_run_at, recordsSeen: r.records_seen, blocked: r.blocked === 1, lastError: r.last_error }));
  }

  async saveSourceState(state: SourceState): Promise<void> {
    const values = {
      id: state.id,
      last_run_at: state.lastRunAt,
      records_seen: state.recordsSeen,
      blocked: state.blocked ? 1 : 0,
      last_error: state.lastError,
    };
    await this.db
      .insertInto("sources")
      .values(values)
      .onConflict((oc) => oc.column("id").doUpdateSet(values))
      .execute();
  }

  // Report queries: one file each under queries/.
  async countEventKinds(period: PeriodQuery): Promise<EventKindCount[]> {
    return countEventKinds(this.raw, period);
  }

  async countEventFacet(period: PeriodQuery, facet: ReportFacet): Promise<FacetCount[]> {
    return countEventFacet(this.raw, period, facet);
  }

  async periodTotals(period: PeriodQuery): Promise<PeriodTotals> {
    return periodTotals(this.raw, period);
  }

  async listPeriodEvents(period: PeriodQuery): Promise<ReportEvent[]> {
    return listPeriodEvents(this.raw, period);
  }

  async listAssetEvents(query: AssetEventsQuery): Promise<ReportEvent[]> {
    return listAssetEvents(this.raw, query);
  }

  async countEventsDated(dates: string[]): Promise<FacetCount[]> {
    return countEventsDated(this.raw, dates);
  }

  async listEarlierEvents(query: EarlierEventsQuery): Promise<EarlierEvent[]> {
    return listEarlierEvents(this.raw, query);
  }

  // ---- Official-source records (issue 4): see source-records-sql.ts ----
  async saveSourcePage(page: SourcePage): Promise<SourcePageResult> {
    return saveSourcePageSql(this.raw, page);
  }

  async knownSourceRecords(sourceId: string, records: Array<{ key: string; hash: string }>): Promise<Set<string>> {
    return knownSourceRecordsSql(this.raw, sourceId, records);
  }

  async knownSourceUrls(sourceId: string, urls: string[]): Promise<Set<string>> {
    return knownSourceUrlsSql(this.raw, sourceId, urls);
  }

  async getSyncCheckpoint(sourceId: string, list: string): Promise<SyncCheckpoint | null> {
    return getSyncCheckpointSql(this.raw, sourceId, list);
  }

  async countSourceRecords(sourceId: string): Promise<number> {
    return countSourceRecordsSql(this.raw, sourceId);
  }

  async getSourceEventFacts(key: string): Promise<SourceEventFacts | null> {
    return getSourceEventFactsSql(this.raw, key);
  }
  // ---- end official-source records ----

  // ---- Resolution (issue 5): see resolution-sql.ts ----
  async listResolutionEvents(): Promise<{ events: ResolutionEventRow[]; skipped: number }> {
    return listResolutionEventsSql(this.raw);
  }
  async resolutionFingerprint(): Promise<string> {
    return resolutionFingerprintSql(this.raw);
  }
  async lastResolution(): Promise<ResolutionRun | null> {
    return lastResolutionSql(this.raw);
  }
  async saveResolution(resolution: ResolutionWrite, run: { fingerprint: string; startedAt: string; finishedAt: string }): Promise<void> {
    saveResolutionSql(this.raw, resolution, run);
  }
  async findAssetIds(key: string, text: string): Promise<string[]> {
    return findAssetIdsSql(this.raw, key, text);
  }
  async listAssetIds(): Promise<string[]> {
    return listAssetIdsSql(this.raw);
  }
  async getAssets(ids: string[]): Promise<StoredAsset[]> {
    return getAssetsSql(this.raw, ids);
  }
  async listMergedEvents(query: MergedEventQuery): Promise<StoredMergedEvent[]> {
    return listMergedEventsSql(this.raw, query);
  }
  // ---- end resolution ----

  async close(): Promise<void> {
    await this.db.destroy();
  }

  // ---- Web UI, API and watchlists (BrowseStore, issue 7): the queries live in sqlite-browse.ts and sqlite-watchlists.ts ----
  private browseQueries: SqliteBrowse | undefined;
  private watchlistQueries: SqliteWatchlists | undefined;
  private get browse(): SqliteBrowse {
    return (this.browseQueries ??= new SqliteBrowse(this.raw));
  }
  private get watchlists(): SqliteWatchlists {
    return (this.watchlistQueries ??= new SqliteWatchlists(this.raw, this.browse));
  }
  async queryEvents(query: EventQuery, page: { limit: number; offset: number }): Promise<EventPage> {
    return this.browse.queryEvents(query, page.limit, page.offset);
  }
  async facetCounts(query: EventQuery, facets: readonly FacetName[], limit: number): Promise<FacetCounts> {
    return this.browse.facetCounts(query, facets, limit);
  }
  async weeklyCounts(since: string, until: string): Promise<WeeklyCount[]> {
    return this.browse.weeklyCounts(since, until);
  }
  async latestEventDate(notAfter: string): Promise<string | null> {
    return this.browse.latestEventDate(notAfter);
  }
  async assetEvents(name: string): Promise<StoredEvent[]> {
    return this.browse.assetEvents(name);
  }
  async companyEvents(name: string): Promise<StoredEvent[]> {
    return this.browse.companyEvents(name);
  }
  async landscape(maxTargets: number): Promise<LandscapeCell[]> {
    return this.browse.landscape(maxTargets);
  }
  async dataVersion(): Promise<string> {
    return this.browse.dataVersion();
  }
  async createWatchlist(input: NewWatchlist): Promise<Watchlist> {
    return this.watchlists.create(input);
  }
  async listWatchlists(): Promise<Watchlist[]> {
    return this.watchlists.list();
  }
  async getWatchlist(id: number): Promise<Watchlist | null> {
    return this.watchlists.get(id);
  }
  async getWatchlistByFeedToken(token: string): Promise<Watchlist | null> {
    return this.watchlists.byFeedToken(token);
  }
  async deleteWatchlist(id: number): Promise<boolean> {
    return this.watchlists.delete(id);
  }
  async watchlistEvents(filter: WatchFilter, options: { afterId?: number; limit: number }): Promise<StoredEvent[]> {
    return this.watchlists.events(filter, options);
  }
  async setWatchlistCursor(id: number, lastEventId: number): Promise<void> {
    this.watchlists.setCursor(id, lastEventId);
  }
  async recordWebhookDelivery(delivery: NewWebhookDelivery): Promise<WebhookDelivery> {
    return this.watchlists.recordDelivery(delivery);
  }
  async listWebhookDeliveries(watchlistId: number, limit: number): Promise<WebhookDelivery[]> {
    return this.watchlists.deliveries(watchlistId, limit);
  }
  // ---- end of BrowseStore ----

  private async sourcesOf(ids: number[]): Promise<Map<number, EventSourceRow[]>> {
    const out = new Map<number, EventSourceRow[]>();
    const rows = await this.db
      .selectFrom("event_sources as s")
      .leftJoin("documents as d", "d.id", "s.document_id")
      .select(["s.event_id", "s.document_id", "s.source_id", "s.record_id", "s.url", "s.sentence", "s.span_start", "s.span_end", "s.extractor_version", "s.fetched_at", "d.title", "d.url as doc_url", "d.location"])
      .where("s.event_id", "in", ids)
      .orderBy("s.id")
      .execute();
    for (const r of rows) {
      const list = out.get(r.event_id) ?? [];
      list.push({
        documentId: r.document_id,
        sourceId: r.source_id,
        recordId: r.record_id,
        url: r.url ?? r.doc_url ?? r.location ?? null,
        title: r.title ?? null,
        sentence: r.sentence,
        span: [r.span_start, r.span_end],
        extractorVersion: r.extractor_version,
        fetchedAt: r.fetched_at,
      });
      out.set(r.event_id, list);
    }
    return out;
  }
}

type Trx = Kysely<Database>;

/** Inserts an event (or finds it by key) and links its source. Returns true when the event is new. */
async function insertEvent(trx: Trx, item: NewEvent): Promise<boolean> {
  const e = item.event;
  const found = await trx.selectFrom("events").select("id").where("key", "=", item.key).executeTakeFirst();
  let eventId: number;
  if (found) eventId = found.id;
  else {
    const inserted = await trx
      .insertInto("events")
      .values({
        key: item.key,
        asset: e.asset,
        asset_aliases: json(e.asset_aliases),
        company: e.company,
        type: e.type,
        status: e.status,
        agency: e.agency,
        date: e.date,
        indication: e.indication,
        modality: e.modality,
        targets: json(e.targets),
        phase: e.phase,
        counterparty: e.counterparty,
        upfront_usd: e.upfront_usd,
        total_usd: e.total_usd,
        asset_id: null,
        company_id: null,
        created_at: item.source.fetchedAt,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    eventId = inserted.id;
  }
  const s = item.source;
  await trx
    .insertInto("event_sources")
    .values({
      event_id: eventId,
      document_id: s.documentId,
      source_id: s.sourceId,
      record_id: s.recordId,
      url: s.url,
      sentence: s.sentence,
      span_start: s.span[0],
      span_end: s.span[1],
      extractor_version: s.extractorVersion,
      fetched_at: s.fetchedAt,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return !found;
}

function filterConditions(eb: ExpressionBuilder<Database, "events">, f: EventFilter): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (f.types?.length) conditions.push(eb("type", "in", f.types));
  if (f.agencies?.length) conditions.push(eb("agency", "in", f.agencies));
  if (f.company) conditions.push(sql<SqlBool>`company LIKE ${likePattern(f.company)} ESCAPE '\\'`);
  if (f.asset) {
    const p = likePattern(f.asset);
    conditions.push(sql<SqlBool>`(asset LIKE ${p} ESCAPE '\\' OR asset_aliases LIKE ${p} ESCAPE '\\')`);
  }
  // Dates are partial (YYYY, YYYY-MM, YYYY-MM-DD): compare on the common prefix, so 2025-03 is within since 2025-03-10.
  if (f.since) conditions.push(sql<SqlBool>`date IS NOT NULL AND date >= substr(${f.since}, 1, length(date))`);
  if (f.until) conditions.push(sql<SqlBool>`date IS NOT NULL AND substr(date, 1, length(${f.until})) <= ${f.until}`);
  if (f.q) {
    const query = buildFtsQuery(f.q);
    if (query.match) conditions.push(sql<SqlBool>`id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ${query.match})`);
    for (const term of query.likeTerms) {
      const p = likePattern(term);
      conditions.push(
        sql<SqlBool>`(asset LIKE ${p} ESCAPE '\\' OR asset_aliases LIKE ${p} ESCAPE '\\' OR company LIKE ${p} ESCAPE '\\' OR indication LIKE ${p} ESCAPE '\\' OR id IN (SELECT event_id FROM event_sources WHERE sentence LIKE ${p} ESCAPE '\\'))`,
      );
    }
  }
  return conditions;
}

function toStoredEvent(row: EventRow, sources: EventSourceRow[]): StoredEvent {
  const parsed = parseEventRow(row);
  if (!parsed.success) throw new AppError("store", `stored event ${row.id} does not fit the event schema: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const event = parsed.data;
  return { ...event, id: row.id, key: row.key, sources };
}
