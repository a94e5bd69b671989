import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Document, Event } from "../../../src/domain/index.ts";
import { sha256 } from "../../../src/shared/hash.ts";
import { makeEvent } from "../../../src/sources/record-event.ts";
import { openSqliteStore, type SqliteStore } from "../../../src/store/index.ts";

export const FETCHED_AT = "2025-10-27T08:00:00.000Z";

/** An event of the schema with every field defaulted; pass what matters. */
export function event(fields: Partial<Event> & Pick<Event, "asset" | "type">): Event {
  return makeEvent({ agency: "NMPA", ...fields });
}

export type FixtureDoc = { name: string; title: string; url: string | null; lang?: "zh" | "en"; published: string | null; events: Array<{ event: Event; sentence: string }> };

/** A temporary SQLite store; `close()` removes it. */
export async function fixtureStore(docs: FixtureDoc[]): Promise<{ store: SqliteStore; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "dualtrack-reports-"));
  const store = openSqliteStore(join(dir, "test.db"));
  for (const doc of docs) {
    const text = `${doc.title}\n\n${doc.events.map((e) => e.sentence).join("\n")}`;
    const id = sha256(`${doc.name}\n${text}`);
    const document: Document = { id, location: `fixtures/${doc.name}.txt`, url: doc.url, title: doc.title, lang: doc.lang ?? "zh", published: doc.published, fetchedAt: FETCHED_AT, encoding: "utf-8", format: "txt", text };
    await store.saveDocument(
      document,
      doc.events.map((e, i) => ({
        key: sha256(`${id}\u0001${i}`),
        event: e.event,
        source: { documentId: id, sourceId: null, recordId: null, url: null, sentence: e.sentence, span: [i, i + e.sentence.length], extractorVersion: "test", fetchedAt: FETCHED_AT },
      })),
    );
  }
  return {
    store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
