import type { Document } from "../domain/index.ts";
import type { Extractor } from "../extract/extractor.ts";
import { collectFiles, readDocumentFile } from "../sources/files/index.ts";
import type { NewEvent, Store } from "../store/index.ts";
import { messageOf } from "../shared/errors.ts";
import { documentEventKey } from "./event-key.ts";

export type IngestFailure = { path: string; error: string };
export type IngestReport = { new: number; unchanged: number; failed: IngestFailure[]; eventsAdded: number; files: number };
export type IngestOptions = {
  store: Store;
  extractor: Extractor;
  now: () => Date;
  maxBytes: number;
  /** Called after each file, for a progress bar. */
  onProgress?: (done: number, total: number, path: string) => void;
};

/**
 * Ingests files and folders: each document is read, extracted and stored in its own transaction, so a
 * failure (or a kill) never leaves half a document behind and a re-run completes the rest. Failures are
 * collected, not thrown.
 */
export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestReport> {
  const { files, errors } = collectFiles(paths);
  const report: IngestReport = { new: 0, unchanged: 0, failed: [...errors], eventsAdded: 0, files: files.length };
  let done = 0;
  for (const path of files) {
    const outcome = await ingestFile(path, options);
    if (outcome.status === "failed") report.failed.push({ path, error: outcome.error });
    else if (outcome.status === "new") {
      report.new++;
      report.eventsAdded += outcome.eventsAdded;
    } else report.unchanged++;
    options.onProgress?.(++done, files.length, path);
  }
  return report;
}

export type FileOutcome = { status: "new"; eventsAdded: number } | { status: "unchanged" } | { status: "failed"; error: string };

async function ingestFile(path: string, options: IngestOptions): Promise<FileOutcome> {
  const read = readDocumentFile(path, { maxBytes: options.maxBytes, now: options.now() });
  if (!read.ok) return { status: "failed", error: read.error };
  return ingestDocument(read.value, options);
}

/** Extracts and stores one document already read, in one transaction; the same content again adds nothing. */
export async function ingestDocument(document: Document, options: Pick<IngestOptions, "store" | "extractor">): Promise<FileOutcome> {
  try {
    if (await options.store.hasDocument(document.id)) return { status: "unchanged" };
    const extracted = extractDocument(document, options.extractor);
    const result = await options.store.saveDocument(extracted.document, extracted.events);
    return result.status === "new" ? { status: "new", eventsAdded: result.eventsAdded } : { status: "unchanged" };
  } catch (error) {
    return { status: "failed", error: messageOf(error) };
  }
}

/** Runs the extractor on a document and turns its events into store rows with their provenance. */
export function extractDocument(document: Document, extractor: Extractor): { document: Document; events: NewEvent[] } {
  const out = extractor.extract({
    documentId: document.id,
    text: document.text,
    lang: document.lang,
    published: document.published,
    title: document.title,
  });
  const stored: Document = { ...document, lang: out.lang, published: document.published ?? out.published };
  const events = out.events.map(({ provenance, ...event }): NewEvent => ({
    key: documentEventKey(document.id, event),
    event,
    source: {
      documentId: document.id,
      sourceId: null,
      recordId: null,
      url: document.url,
      sentence: provenance.sentence,
      span: provenance.span,
      extractorVersion: provenance.extractorVersion,
      fetchedAt: document.fetchedAt,
    },
  }));
  return { document: stored, events };
}
