// A child process for the migration race test: opens DB, waits until START_AT (ms since the epoch) so
// that all children migrate at the same moment, then prints the migrations it applied as JSON.
import BetterSqlite3 from "better-sqlite3";
import { migrateToLatest } from "../../src/store/migrate.ts";

const [path, dir, startAt] = process.argv.slice(2);
const db = new BetterSqlite3(path!);
db.pragma("busy_timeout = 10000");
while (Date.now() < Number(startAt)) {
  // spin: a timer would let the children drift apart by a few milliseconds
}
try {
  process.stdout.write(JSON.stringify({ applied: migrateToLatest(db, dir!).applied }));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: (error as Error).message }));
} finally {
  db.close();
}
