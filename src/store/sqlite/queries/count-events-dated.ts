import type BetterSqlite3 from "better-sqlite3";
import { z } from "zod";
import type { FacetCount } from "../../report-query.ts";

const RowSchema = z.object({ value: z.string(), events: z.number().int() });

/** Events per date, for dates among `dates` that some event carries exactly (e.g. the months a week overlaps); by date. */
export function countEventsDated(db: BetterSqlite3.Database, dates: string[]): FacetCount[] {
  if (dates.length === 0) return [];
  return db
    .prepare("SELECT date AS value, count(*) AS events FROM events WHERE date IN (SELECT value FROM json_each(?)) GROUP BY date ORDER BY date")
    .all(JSON.stringify(dates))
    .map((row) => RowSchema.parse(row));
}
