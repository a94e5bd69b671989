import type BetterSqlite3 from "better-sqlite3";
import type { PeriodQuery } from "../../report-query.ts";

/**
 * SQL shared by the report queries. `e` is the events table alias everywhere. The asset expression must
 * match the index `events_asset_norm_reports` of migration 004 character for character.
 */
export const ASSET_NORM = (alias: string): string => `upper(replace(replace(replace(${alias}.asset, '-', ''), ' ', ''), '_', ''))`;

/** Phrases in a source sentence that say the drug is a Class 1 innovative drug (LIKE is ASCII case-insensitive). */
export const CLASS1_PHRASES = ["1类创新", "1类新药", "一类创新", "一类新药", "1类化学药", "1类生物制品", "化药1类", "化学药品1类", "生物制品1类", "中药1类", "class 1 innovative", "class 1 new drug", "class i innovative", "category 1 innovative"];

const IND_TYPES = "('ind_accepted', 'ind_approved')";

const columnCache = new WeakMap<BetterSqlite3.Database, Set<string>>();

/** The columns of `events`, read once per connection (migration 002 adds class1 and first_ind). */
export function eventColumns(db: BetterSqlite3.Database): Set<string> {
  let columns = columnCache.get(db);
  if (!columns) {
    const rows = db.prepare("SELECT name FROM pragma_table_info('events')").pluck().all() as string[];
    columns = new Set(rows);
    columnCache.set(db, columns);
  }
  return columns;
}

const truthy = (column: string): string => `(${column} IN (1, '1', 'true', 'yes'))`;

/** 1 / 0 / NULL: is `e` about a Class 1 innovative drug. */
export function class1Sql(db: BetterSqlite3.Database): string {
  const phrases = CLASS1_PHRASES.map((p) => `s.sentence LIKE '%${p}%'`).join(" OR ");
  const fromSentences = `(CASE WHEN EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id AND (${phrases})) THEN 1 END)`;
  if (!eventColumns(db).has("class1")) return fromSentences;
  return `(CASE WHEN e.class1 IS NULL THEN ${fromSentences} WHEN ${truthy("e.class1")} THEN 1 ELSE 0 END)`;
}

/** 1 / 0: `e` is an IND event and its asset has no earlier IND event. */
export function firstIndSql(db: BetterSqlite3.Database): string {
  const computed = `(e.type IN ${IND_TYPES}
    AND NOT EXISTS (SELECT 1 FROM events p WHERE ${ASSET_NORM("p")} = ${ASSET_NORM("e")} AND p.type IN ${IND_TYPES} AND p.date < e.date)
    AND NOT (e.asset_id IS NOT NULL AND EXISTS (SELECT 1 FROM events p WHERE p.asset_id = e.asset_id AND p.type IN ${IND_TYPES} AND p.date < e.date)))`;
  if (!eventColumns(db).has("first_ind")) return computed;
  return `(CASE WHEN e.first_ind IS NULL THEN ${computed} ELSE ${truthy("e.first_ind")} END)`;
}

/** 1 / 0: a designation (or IND, approval…) with no earlier event of the same asset, type, agency and status. Always 0 for data readouts, deals and acquisitions. */
export const FIRST_OF_KIND_SQL = `(CASE WHEN e.type IN ('data_readout', 'deal', 'acquisition', 'trial_start') THEN 0 ELSE
    NOT EXISTS (SELECT 1 FROM events p WHERE ${ASSET_NORM("p")} = ${ASSET_NORM("e")} AND p.type = e.type
    AND p.agency IS e.agency AND p.status IS e.status AND p.date < e.date) END)`;

/**
 * The identity of a fact across documents: the same asset, type, agency, status, date, indication and
 * counterparty stated by two documents is one event in a report (the pipeline keys events per document).
 */
export const FACT_KEY_SQL = `coalesce(e.asset_id, ${ASSET_NORM("e")}), e.type, coalesce(e.agency, ''), coalesce(e.status, ''), e.date,
  lower(replace(coalesce(e.indication, ''), ' ', '')), lower(coalesce(e.counterparty, ''))`;

/** Named parameters of `periodCte`. */
export const periodParams = (period: PeriodQuery): Record<string, string> => ({
  from: period.from,
  to: period.to,
  partials: JSON.stringify(period.partialDates),
});

/**
 * `WITH period_events(id, ids)`: one row per fact of the period (its lowest event id and every event id that
 * states it), Class 1 only when asked.
 */
export function periodCte(db: BetterSqlite3.Database, period: PeriodQuery): string {
  const class1 = period.class1Only ? `AND ${class1Sql(db)} = 1` : "";
  return `WITH period_events (id, ids) AS (
    SELECT min(e.id), group_concat(e.id) FROM events e
    WHERE ((e.date BETWEEN @from AND @to) OR e.date IN (SELECT value FROM json_each(@partials))) ${class1}
    GROUP BY ${FACT_KEY_SQL}
  )`;
}
