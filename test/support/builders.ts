import type { Document, Event } from "../../src/domain/index.ts";
import { sha256 } from "../../src/shared/hash.ts";
import { makeEvent as emptyEvent } from "../../src/sources/record-event.ts";
import type { NewEvent } from "../../src/store/index.ts";

/** The fixed "now" of tests that store documents or events. */
export const FIXED_NOW = new Date("2025-10-28T01:00:00.000Z");

/** A document as the file reader would produce it; the id is the hash of the text, as in production. */
export function makeDocument(text: string, overrides: Partial<Document> = {}): Document {
  return {
    id: sha256(text),
    location: "test/doc.txt",
    url: null,
    title: null,
    lang: "zh",
    published: null,
    fetchedAt: FIXED_NOW.toISOString(),
    encoding: "utf-8",
    format: "txt",
    text,
    ...overrides,
  };
}


/**
 * An event read from `document` in the sentence given: the span is where the sentence sits in the
 * document text (0 when it is not there), and the key is unique per document, asset, type and date.
 */
export function makeEvent(document: Document, sentence: string, fields: Partial<Event>): NewEvent {
  const event = emptyEvent({ asset: "X", type: "ind_approved", agency: null, ...fields });
  const start = Math.max(0, document.text.indexOf(sentence));
  return {
    key: sha256([document.id, event.asset, event.type, event.date ?? ""].join("|")),
    event,
    source: {
      documentId: document.id,
      sourceId: null,
      recordId: null,
      url: document.url,
      sentence,
      span: [start, start + sentence.length],
      extractorVersion: "test-1",
      fetchedAt: document.fetchedAt,
    },
  };
}
