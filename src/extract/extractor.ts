import type { Lang, PartialDate, SourcedEvent } from "../domain/index.ts";

/** What the extractor reads: the document text and what is known about it. */
export type ExtractInput = {
  documentId: string;
  text: string;
  lang: Lang | null;
  published: PartialDate | null;
  title: string | null;
};

/** What it returns: the events with their provenance, and the publication date it used (meta or dateline). */
export type ExtractOutput = { lang: Lang; published: PartialDate | null; events: SourcedEvent[] };

/**
 * Turns one document's text into events of the event schema, each with the sentence it came from.
 * Pure and deterministic: no I/O, no clock (relative dates resolve against `published`), never throws,
 * linear in the length of the text.
 */
export interface Extractor {
  readonly version: string;
  extract(input: ExtractInput): ExtractOutput;
}
