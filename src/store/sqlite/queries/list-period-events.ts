import type BetterSqlite3 from "better-sqlite3";
import type { PeriodQuery, ReportEvent } from "../../report-query.ts";
import { periodCte, periodParams } from "./period-events-sql.ts";
import { readReportEvents } from "./read-report-events.ts";

/** Every fact of the period (duplicates across documents merged, their sources combined), date order then id. */
export function listPeriodEvents(db: BetterSqlite3.Database, period: PeriodQuery): ReportEvent[] {
  return readReportEvents(db, periodCte(db, period), "period_events", periodParams(period));
}
