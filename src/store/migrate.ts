import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type BetterSqlite3 from "better-sqlite3";

export type MigrationResult = { applied: string[]; current: number };

/**
 * Applies the numbered `NNN_name.sql` files of `dir` that the database has not seen yet, each in its own
 * transaction, and records them in `schema_migrations`. Idempotent: a migrated database is left alone.
 */
export function migrateToLatest(db: BetterSqlite3.Database, dir: string): MigrationResult {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const done = new Set(db.prepare("SELECT version FROM schema_migrations").pluck().all() as number[]);
  const files = readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort();
  const applied: string[] = [];
  for (const file of files) {
    const version = Number(file.slice(0, 3));
    if (done.has(version)) continue;
    const sql = readFileSync(join(dir, file), "utf8");
    db.transaction(() => {
      db.exec(sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(version, file, new Date().toISOString());
    })();
    applied.push(file);
  }
  const current = files.length ? Number(files[files.length - 1]!.slice(0, 3)) : 0;
  return { applied, current };
}
