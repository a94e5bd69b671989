import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore, type SqliteStore } from "../../../src/store/index.ts";

/** A fresh, migrated SQLite store in a temporary directory. */
export function createTestStore(): SqliteStore {
  return openSqliteStore(join(mkdtempSync(join(tmpdir(), "dualtrack-sources-")), "test.db"));
}
