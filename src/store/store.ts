import type { Agency, Document, Event, EventType, SourceState } from "../domain/index.ts";
import type { SourceEventFacts, SourcePage, SourcePageResult, SyncCheckpoint } from "./source-records.ts";
import type { AssetEventsQuery, EarlierEvent, EarlierEventsQuery, EventKindCount, FacetCount, PeriodQuery, PeriodTotals, ReportEvent, ReportFacet } from "./report-query.ts";
import type { BrowseStore } from "./browse-store.ts";
import type { MergedEventQuery, ResolutionEventRow, ResolutionRun, ResolutionWrite, StoredAsset, StoredMergedEvent } from "./resolution-records.ts";

/** Filters of `dualtrack events` and the events page. All optional; all combine with AND. */
export type EventFilter = {
  types?: EventType[];
  agencies?: Agency[];
  /** Substring of the company as written (Chinese or English). */
  company?: string;
  /** Substring of the asset name or one of its aliases. */
  asset?: string;
  /** Inclusive bounds on the event date (YYYY, YYYY-MM or YYYY-MM-DD compare as prefixes). */
  since?: string;
  until?: string;
  /** Full-text query: Chinese substrings and English words, over names, indication and source sentences. */
  q?: string;
  limit?: number;
  offset?: number;
};

/** Where a stored event was read. */
export type EventSourceRow = {
  documentId: string | null;
  sourceId: string | null;
  recordId: string | null;
  url: string | null;
  title: string | null;
  sentence: string;
  span: [number, number];
  extractorVersion: string;
  fetchedAt: string;
};

/** A stored event: the schema's fields plus its store id and every source that states it. */
export type StoredEvent = Event & { id: number; key: string; sources: EventSourceRow[] };

/** One source of an event as the pipeline hands it to the store. */
export type NewEventSource = {
  documentId: string | null;
  sourceId: string | null;
  recordId: string | null;
  url: string | null;
  sentence: string;
  span: [number, number];
  extractorVersion: string;
  fetchedAt: string;
};

/** An event to store: its identity key (same key = same fact), its fields and its source. */
export type NewEvent = { key: string; event: Event; source: NewEventSource };

export type SaveDocumentResult = { status: "new" | "unchanged"; eventsAdded: number };

/**
 * The persistent store. Every caller (pipeline, reports, API, web) goes through this interface, so a
 * PostgreSQL implementation can replace the SQLite one without touching them.
 *
 * Guarantees: each `save…` call is one transaction (all of a document's writes or none); saving the
 * same document or event again is a no-op (idempotent); reads never modify the store.
 */
export interface Store extends BrowseStore {
  /** Stores a document and its events in one transaction. A document already stored (same content hash) adds nothing. */
  saveDocument(document: Document, events: NewEvent[]): Promise<SaveDocumentResult>;
  /** True when a document with this content hash is stored. */
  hasDocument(id: string): Promise<boolean>;
  getDocument(id: string): Promise<Document | null>;
  countDocuments(): Promise<number>;
  /** Stores events that come from official records (no document), one transaction for the batch. Returns how many were new. */
  saveRecordEvents(events: NewEvent[]): Promise<number>;
  /** Events matching the filter, newest date first, then by id. */
  listEvents(filter: EventFilter): Promise<StoredEvent[]>;
  countEvents(filter: EventFilter): Promise<number>;
  getSourceStates(): Promise<SourceState[]>;
  saveSourceState(state: SourceState): Promise<void>;
  // Report queries (digest and asset dossier); aggregations run in the database. See report-query.ts.
  /** Facts of a period counted by type, status and agency, with summed deal money. */
  countEventKinds(period: PeriodQuery): Promise<EventKindCount[]>;
  /** Facts of a period counted by one facet, most frequent first. */
  countEventFacet(period: PeriodQuery, facet: ReportFacet): Promise<FacetCount[]>;
  /** Facts, distinct assets and Class 1 facts of a period. */
  periodTotals(period: PeriodQuery): Promise<PeriodTotals>;
  /** Every fact of a period with its sources and derived flags (first IND, first of its kind, Class 1). */
  listPeriodEvents(period: PeriodQuery): Promise<ReportEvent[]>;
  /** Every fact about the named assets, oldest first. */
  listAssetEvents(query: AssetEventsQuery): Promise<ReportEvent[]>;
  /** Events per date for those of `dates` that events carry exactly (month- or year-dated events a week overlaps). */
  countEventsDated(dates: string[]): Promise<FacetCount[]>;
  /** The latest few distinct earlier facts of each named asset, with one source each (digest highlights). */
  listEarlierEvents(query: EarlierEventsQuery): Promise<EarlierEvent[]>;
  // ---- Official-source records (issue 4, migration 002; types in source-records.ts) ----
  /**
   * Stores one page of an official list in one transaction: its records (new, changed or unchanged by hash),
   * their events (found by key or alias; status only moves proposed → granted; empty fields filled, nothing known
   * overwritten; first_seen_at never changes) and the sync checkpoint. Idempotent: saving a page again adds nothing.
   */
  saveSourcePage(page: SourcePage): Promise<SourcePageResult>;
  /** Keys among `records` already stored for the source with the same hash. */
  knownSourceRecords(sourceId: string, records: Array<{ key: string; hash: string }>): Promise<Set<string>>;
  /** URLs among `urls` that some stored record of the source came from. */
  knownSourceUrls(sourceId: string, urls: string[]): Promise<Set<string>>;
  getSyncCheckpoint(sourceId: string, list: string): Promise<SyncCheckpoint | null>;
  countSourceRecords(sourceId: string): Promise<number>;
  /** The source-specific facts of the event with this key or alias, or null. */
  getSourceEventFacts(key: string): Promise<SourceEventFacts | null>;
  // ---- end official-source records ----
  // ---- Resolution (issue 5, migration 005; types in resolution-records.ts) ----
  /** Every event as resolution reads it (fields, source ids, official or not), in id order; rows that fail validation are skipped and counted. */
  listResolutionEvents(): Promise<{ events: ResolutionEventRow[]; skipped: number }>;
  /** A digest of the events and sources resolution reads; it changes whenever ingest, sync or import change them. */
  resolutionFingerprint(): Promise<string>;
  /** The last resolution run, or null before the first. */
  lastResolution(): Promise<ResolutionRun | null>;
  /** Replaces the previous run's companies, assets, aliases, event links and merged events in one transaction, and records the run. */
  saveResolution(resolution: ResolutionWrite, run: { fingerprint: string; startedAt: string; finishedAt: string }): Promise<void>;
  /** Ids of the assets a name denotes: those with an alias of identity key `key`, else those with an alias containing `text`. */
  findAssetIds(key: string, text: string): Promise<string[]>;
  /** Every resolved asset id. */
  listAssetIds(): Promise<string[]>;
  getAssets(ids: string[]): Promise<StoredAsset[]>;
  /** Merged events (with sources) of the given assets and types, all when not given, in date order (undated last). */
  listMergedEvents(query: MergedEventQuery): Promise<StoredMergedEvent[]>;
  // ---- end resolution ----
  close(): Promise<void>;
}
