export type { Store, EventFilter, StoredEvent, EventSourceRow, NewEvent, NewEventSource, SaveDocumentResult } from "./store.ts";
export { openSqliteStore, SqliteStore } from "./sqlite/sqlite-store.ts";
