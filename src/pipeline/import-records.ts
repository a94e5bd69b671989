import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { SourceAdapter, SourceRecord } from "../sources/source-adapter.ts";
import type { SourceError } from "../sources/source-error.ts";
import { decodeText } from "../sources/files/index.ts";
import type { Store } from "../store/index.ts";
import type { SourceEventInput, SourcePage, SourcePageResult, SyncCheckpoint } from "../store/source-records.ts";
import { sha256 } from "../shared/hash.ts";
import { messageOf } from "../shared/errors.ts";

/** Version tag stored with every official-record source row (the "extractor" of a record is its adapter). */
export const recordReaderVersion = (sourceId: string): string => `source:${sourceId}@1`;

/** The hash that tells a changed record from a known one: the list it came from and the row as listed. */
export const recordHash = (record: SourceRecord, list: string | null): string => sha256(JSON.stringify([list, record.data]));

/** Duplicate rows (same record key) are one record: the last one wins (an article read after its list entry is fuller). */
export function dedupeRecords(records: SourceRecord[]): SourceRecord[] {
  const seen = new Map<string, SourceRecord>();
  for (const r of records) seen.set(r.key, r);
  return [...seen.values()];
}

/**
 * Turns validated records into one store page: each record with its hash, each of its events with provenance
 * (source id, record id, URL, fetched-at, and the record's one-line rendering as the sentence).
 */
export function toSourcePage(
  sourceId: string,
  records: SourceRecord[],
  options: { fetchedAt: string; list: string | null; checkpoint: SyncCheckpoint | null; hashes?: Map<string, string> },
): SourcePage {
  const unique = dedupeRecords(records);
  const events: SourceEventInput[] = unique.flatMap((record) =>
    record.events.map((e) => ({
      key: e.key,
      event: e.event,
      source: {
        documentId: null,
        sourceId,
        recordId: record.key,
        url: record.url,
        sentence: e.sentence,
        span: [0, e.sentence.length] as [number, number],
        extractorVersion: recordReaderVersion(sourceId),
        fetchedAt: options.fetchedAt,
      },
      aliasKeys: e.aliasKeys,
      recordKey: `${sourceId}:${record.key}`,
      class1: e.class1,
      proposedDate: e.proposedDate,
      grantedDate: e.grantedDate,
      stampFirstSeen: e.stampFirstSeen,
      checkFirstInd: e.checkFirstInd,
      assetKey: e.assetKey,
    })),
  );
  return {
    sourceId,
    fetchedAt: options.fetchedAt,
    records: unique.map((r) => ({ recordKey: r.key, list: options.list, hash: options.hashes?.get(r.key) ?? recordHash(r, options.list), url: r.url, data: JSON.stringify(r.data) })),
    events,
    checkpoint: options.checkpoint,
  };
}

export type ImportFailure = { path: string; error: SourceError | { kind: "read"; message: string } };
export type ImportReport = { sourceId: string; files: number; records: number; recordsNew: number; recordsChanged: number; eventsNew: number; eventsUpdated: number; failed: ImportFailure[] };

export type ImportOptions = {
  store: Store;
  now: () => Date;
  /** Which list of a multi-list source the files are (cde-btd, cde-priority: proposed | included). */
  list?: string | null;
  /** The page the files were saved from, for provenance when a record has no URL of its own. */
  url?: string | null;
};

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

/**
 * Imports responses or exports saved from the sites (or the documented IIT CSV/JSON). Each file is parsed whole
 * and stored in one transaction, so a file with a changed layout stores nothing; failures are collected.
 */
export async function importRecordFiles(adapter: SourceAdapter, paths: string[], options: ImportOptions): Promise<ImportReport> {
  const sourceId = adapter.descriptor.id;
  const report: ImportReport = { sourceId, files: paths.length, records: 0, recordsNew: 0, recordsChanged: 0, eventsNew: 0, eventsUpdated: 0, failed: [] };
  for (const path of paths) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      report.failed.push({ path, error: { kind: "read", message: messageOf(error) } });
      continue;
    }
    let body: string | Uint8Array = bytes;
    if (!isZip(bytes)) {
      const decoded = decodeText(bytes);
      if (!decoded.ok) {
        report.failed.push({ path, error: { kind: "read", message: decoded.error } });
        continue;
      }
      body = decoded.value.text;
    }
    const fetchedAt = options.now().toISOString();
    const parsed = await adapter.parse({ body, contentType: null, url: options.url ?? null, name: basename(path) }, { fetchedAt, url: options.url ?? null, list: options.list ?? null });
    if (!parsed.ok) {
      report.failed.push({ path, error: parsed.error });
      continue;
    }
    const page = toSourcePage(sourceId, parsed.value.records, { fetchedAt, list: options.list ?? null, checkpoint: null });
    const saved = await options.store.saveSourcePage(page);
    addCounts(report, saved, page.records.length);
  }
  const states = await options.store.getSourceStates();
  const previous = states.find((s) => s.id === sourceId);
  await options.store.saveSourceState({
    id: sourceId,
    lastRunAt: options.now().toISOString(),
    recordsSeen: await options.store.countSourceRecords(sourceId),
    blocked: previous?.blocked ?? false,
    lastError: report.failed[0] ? `import: ${report.failed[0].error.message}` : (previous?.lastError ?? null),
  });
  return report;
}

function addCounts(report: { records: number; recordsNew: number; recordsChanged: number; eventsNew: number; eventsUpdated: number }, saved: SourcePageResult, records: number): void {
  report.records += records;
  report.recordsNew += saved.recordsNew;
  report.recordsChanged += saved.recordsChanged;
  report.eventsNew += saved.eventsNew;
  report.eventsUpdated += saved.eventsUpdated;
}
