import type BetterSqlite3 from "better-sqlite3";
import type { SourceEventFacts, SourceEventInput, SourcePage, SourcePageResult, SyncCheckpoint } from "../source-records.ts";

/**
 * The SQLite side of the official-source store methods (migration 002), on the raw connection so one page is
 * one synchronous transaction: records, events and the checkpoint are all written or none.
 */

const bool = (v: boolean | null): number | null => (v === null ? null : v ? 1 : 0);
const toBool = (v: unknown): boolean | null => (v === null || v === undefined ? null : Number(v) === 1);
/** The asset expression of migration 004 (upper case, no hyphens, spaces or underscores). */
const reportNorm = (asset: string): string => asset.toUpperCase().replace(/[-\s_]/g, "");

type EventRow = {
  id: number;
  key: string;
  status: string | null;
  date: string | null;
  company: string | null;
  indication: string | null;
  modality: string | null;
  phase: string | null;
  class1: number | null;
  proposed_date: string | null;
  granted_date: string | null;
  first_seen_at: string | null;
};

function findEvent(db: BetterSqlite3.Database, keys: string[]): EventRow | undefined {
  const marks = keys.map(() => "?").join(", ");
  return db
    .prepare(
      `SELECT id, key, status, date, company, indication, modality, phase, class1, proposed_date, granted_date, first_seen_at FROM events
       WHERE key IN (${marks}) OR id IN (SELECT event_id FROM event_keys WHERE alias IN (${marks})) ORDER BY id LIMIT 1`,
    )
    .get(...keys, ...keys) as EventRow | undefined;
}

/** No IND approval of the same asset (by asset key, or by the reports' normalised name) is stored yet. */
function isFirstInd(db: BetterSqlite3.Database, item: SourceEventInput): boolean {
  const names = [...new Set([reportNorm(item.event.asset), item.assetKey.toUpperCase()])];
  const found = db
    .prepare(
      `SELECT 1 FROM events WHERE type = 'ind_approved' AND (asset_key = ? OR upper(replace(replace(replace(asset, '-', ''), ' ', ''), '_', '')) IN (${names.map(() => "?").join(", ")})) LIMIT 1`,
    )
    .get(item.assetKey, ...names);
  return found === undefined;
}

function insertEvent(db: BetterSqlite3.Database, item: SourceEventInput, fetchedAt: string): number {
  const e = item.event;
  const firstInd = item.checkFirstInd ? (isFirstInd(db, item) ? 1 : 0) : null;
  const info = db
    .prepare(
      `INSERT INTO events (key, asset, asset_aliases, company, type, status, agency, date, indication, modality, targets, phase, counterparty,
         upfront_usd, total_usd, asset_id, company_id, created_at, class1, first_ind, proposed_date, granted_date, first_seen_at, record_key, asset_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      item.key, e.asset, JSON.stringify(e.asset_aliases), e.company, e.type, e.status, e.agency, e.date, e.indication, e.modality,
      JSON.stringify(e.targets), e.phase, e.counterparty, e.upfront_usd, e.total_usd, fetchedAt,
      bool(item.class1), firstInd, item.proposedDate, item.grantedDate, fetchedAt, item.recordKey, item.assetKey,
    );
  return Number(info.lastInsertRowid);
}

/**
 * Merges a later sighting into a stored event: status only moves proposed → granted (and the date follows the
 * grant), empty fields are filled, nothing known is overwritten, first_seen_at and first_ind never change.
 */
function mergeEvent(db: BetterSqlite3.Database, row: EventRow, item: SourceEventInput): boolean {
  const e = item.event;
  const upgrade = row.status === "proposed" && e.status === "granted";
  const next = {
    status: upgrade ? "granted" : row.status ?? e.status,
    date: item.stampFirstSeen ? (row.date ?? e.date) : upgrade ? (item.grantedDate ?? row.date ?? e.date) : (row.date ?? e.date),
    company: row.company ?? e.company,
    indication: row.indication ?? e.indication,
    modality: row.modality ?? e.modality,
    phase: row.phase ?? e.phase,
    class1: row.class1 ?? bool(item.class1),
    proposed_date: row.proposed_date ?? item.proposedDate,
    granted_date: row.granted_date ?? item.grantedDate,
  };
  const changed = (Object.keys(next) as Array<keyof typeof next>).some((k) => next[k] !== row[k]);
  if (!changed) return false;
  db.prepare(
    "UPDATE events SET status = ?, date = ?, company = ?, indication = ?, modality = ?, phase = ?, class1 = ?, proposed_date = ?, granted_date = ? WHERE id = ?",
  ).run(next.status, next.date, next.company, next.indication, next.modality, next.phase, next.class1, next.proposed_date, next.granted_date, row.id);
  return true;
}

function linkSource(db: BetterSqlite3.Database, eventId: number, item: SourceEventInput): void {
  const s = item.source;
  const exists = db.prepare("SELECT 1 FROM event_sources WHERE event_id = ? AND source_id IS ? AND record_id IS ? AND sentence = ?").get(eventId, s.sourceId, s.recordId, s.sentence);
  if (exists) return;
  db.prepare(
    `INSERT INTO event_sources (event_id, document_id, source_id, record_id, url, sentence, span_start, span_end, extractor_version, fetched_at)
     VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(eventId, s.sourceId, s.recordId, s.url, s.sentence, s.span[0], s.span[1], s.extractorVersion, s.fetchedAt);
}

function saveCheckpoint(db: BetterSqlite3.Database, c: SyncCheckpoint): void {
  db.prepare(
    `INSERT INTO sync_checkpoints (source_id, list, status, next_page, last_page, total, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (source_id, list) DO UPDATE SET status = excluded.status, next_page = excluded.next_page, last_page = excluded.last_page,
       total = excluded.total, started_at = excluded.started_at, updated_at = excluded.updated_at`,
  ).run(c.sourceId, c.list, c.status, c.nextPage, c.lastPage, c.total, c.startedAt, c.updatedAt);
}

export function saveSourcePageSql(db: BetterSqlite3.Database, page: SourcePage): SourcePageResult {
  return db.transaction((): SourcePageResult => {
    const result: SourcePageResult = { recordsNew: 0, recordsChanged: 0, recordsUnchanged: 0, eventsNew: 0, eventsUpdated: 0 };
    for (const r of page.records) {
      const stored = db.prepare("SELECT hash FROM source_records WHERE source_id = ? AND record_key = ?").get(page.sourceId, r.recordKey) as { hash: string } | undefined;
      if (!stored) {
        db.prepare("INSERT INTO source_records (source_id, record_key, list, hash, url, data, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").run(
          page.sourceId, r.recordKey, r.list, r.hash, r.url, r.data, page.fetchedAt, page.fetchedAt,
        );
        result.recordsNew++;
      } else if (stored.hash !== r.hash) {
        db.prepare("UPDATE source_records SET list = ?, hash = ?, url = ?, data = ?, last_seen_at = ? WHERE source_id = ? AND record_key = ?").run(
          r.list, r.hash, r.url, r.data, page.fetchedAt, page.sourceId, r.recordKey,
        );
        result.recordsChanged++;
      } else {
        db.prepare("UPDATE source_records SET last_seen_at = ? WHERE source_id = ? AND record_key = ?").run(page.fetchedAt, page.sourceId, r.recordKey);
        result.recordsUnchanged++;
      }
    }
    for (const item of page.events) {
      const keys = [item.key, ...item.aliasKeys];
      const row = findEvent(db, keys);
      let eventId: number;
      if (row) {
        eventId = row.id;
        if (mergeEvent(db, row, item)) result.eventsUpdated++;
      } else {
        eventId = insertEvent(db, item, page.fetchedAt);
        result.eventsNew++;
      }
      const own = row?.key ?? item.key;
      for (const alias of keys) if (alias !== own) db.prepare("INSERT OR IGNORE INTO event_keys (alias, event_id) VALUES (?, ?)").run(alias, eventId);
      linkSource(db, eventId, item);
    }
    if (page.checkpoint) saveCheckpoint(db, page.checkpoint);
    return result;
  })();
}

/** Record keys whose stored hash equals the given one (already seen, unchanged). */
export function knownSourceRecordsSql(db: BetterSqlite3.Database, sourceId: string, records: Array<{ key: string; hash: string }>): Set<string> {
  const stmt = db.prepare("SELECT hash FROM source_records WHERE source_id = ? AND record_key = ?");
  const out = new Set<string>();
  for (const r of records) {
    const row = stmt.get(sourceId, r.key) as { hash: string } | undefined;
    if (row?.hash === r.hash) out.add(r.key);
  }
  return out;
}

export function knownSourceUrlsSql(db: BetterSqlite3.Database, sourceId: string, urls: string[]): Set<string> {
  const stmt = db.prepare("SELECT 1 FROM source_records WHERE source_id = ? AND url = ? LIMIT 1");
  return new Set(urls.filter((u) => stmt.get(sourceId, u) !== undefined));
}

export function getSyncCheckpointSql(db: BetterSqlite3.Database, sourceId: string, list: string): SyncCheckpoint | null {
  const r = db.prepare("SELECT * FROM sync_checkpoints WHERE source_id = ? AND list = ?").get(sourceId, list) as
    | { source_id: string; list: string; status: "running" | "complete"; next_page: number; last_page: number | null; total: number | null; started_at: string; updated_at: string }
    | undefined;
  if (!r) return null;
  return { sourceId: r.source_id, list: r.list, status: r.status, nextPage: r.next_page, lastPage: r.last_page, total: r.total, startedAt: r.started_at, updatedAt: r.updated_at };
}

export function countSourceRecordsSql(db: BetterSqlite3.Database, sourceId: string): number {
  return Number(db.prepare("SELECT count(*) FROM source_records WHERE source_id = ?").pluck().get(sourceId));
}

export function getSourceEventFactsSql(db: BetterSqlite3.Database, key: string): SourceEventFacts | null {
  const r = db
    .prepare(
      `SELECT e.id, e.key, e.status, e.date, e.class1, e.first_ind, e.proposed_date, e.granted_date, e.first_seen_at, e.record_key,
         (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id) AS sources
       FROM events e WHERE e.key = ? OR e.id IN (SELECT event_id FROM event_keys WHERE alias = ?) LIMIT 1`,
    )
    .get(key, key) as
    | { id: number; key: string; status: string | null; date: string | null; class1: number | null; first_ind: number | null; proposed_date: string | null; granted_date: string | null; first_seen_at: string | null; record_key: string | null; sources: number }
    | undefined;
  if (!r) return null;
  return {
    id: r.id,
    key: r.key,
    status: r.status,
    date: r.date,
    class1: toBool(r.class1),
    firstInd: toBool(r.first_ind),
    proposedDate: r.proposed_date,
    grantedDate: r.granted_date,
    firstSeenAt: r.first_seen_at,
    recordKey: r.record_key,
    sources: Number(r.sources),
  };
}
