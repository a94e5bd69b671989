import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type BetterSqlite3 from "better-sqlite3";

export type MigrationResult = { applied: string[]; current: number };

/**
 * Applies the numbered `NNN_name.sql` files of `dir` that the database has not seen yet, each in its own
 * transaction, and records them in `schema_migrations`. Idempotent: a migrated database is left alone.
 * Safe when several processes open a new store at once: each migration takes the write lock first
 * (BEGIN IMMEDIATE) and is skipped when another process applied it meanwhile.
 */
export function migrateToLatest(db: BetterSqlite3.Database, dir: string): MigrationResult {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const files = readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort();
  const versions = new Map<number, string>();
  for (const file of files) {
    const version = Number(file.slice(0, 3));
    const other = versions.get(version);
    if (other) throw new Error(`migrations ${other} and ${file} have the same number: renumber one of them`);
    versions.set(version, file);
  }
  const isApplied = db.prepare("SELECT 1 FROM schema_migrations WHERE version = ?").pluck();
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  const applied: string[] = [];
  for (const [version, file] of versions) {
    if (isApplied.get(version)) continue;
    const sql = readFileSync(join(dir, file), "utf8");
    const ran = db
      .transaction(() => {
        if (isApplied.get(version)) return false;
        db.exec(sql);
        record.run(version, file, new Date().toISOString());
        return true;
      })
      .immediate();
    if (ran) applied.push(file);
  }
  const current = files.length ? Number(files[files.length - 1]!.slice(0, 3)) : 0;
  return { applied, current };
}
