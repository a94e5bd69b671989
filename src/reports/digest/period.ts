import type { PeriodQuery } from "../../store/report-query.ts";

/** A reporting period: inclusive days, the ISO week when it is one, and the partial dates it wholly contains. */
export type Period = {
  from: string;
  to: string;
  /** ISO week label (2025-W43) when the period is exactly one Monday-to-Sunday week, else null. */
  isoWeek: string | null;
  days: number;
  /** Months (YYYY-MM) and years (YYYY) wholly inside the period: events dated so belong to it. */
  partialDates: string[];
  /** Months and years the period overlaps without covering: events dated so are not in it (reported as a note). */
  overlappingPartialDates: string[];
};

const DAY_MS = 86_400_000;

/** Parses YYYY-MM-DD as a UTC day number; null when it is not a real calendar day. */
export function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(ms);
  if (back.getUTCFullYear() !== Number(m[1]) || back.getUTCMonth() + 1 !== Number(m[2]) || back.getUTCDate() !== Number(m[3])) return null;
  return Math.round(ms / DAY_MS);
}

export const dayString = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The Monday of the week that contains `day` (weeks run Monday to Sunday, as in ISO 8601). */
const mondayOf = (day: number): number => day - ((new Date(day * DAY_MS).getUTCDay() + 6) % 7);

/** ISO 8601 week label of a day, e.g. 2025-W43. */
export function isoWeekLabel(day: number): string {
  const thursday = mondayOf(day) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - Math.round(Date.UTC(year, 0, 1) / DAY_MS)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The period of days [from, to]. Throws RangeError on an impossible date or to < from (callers validate first). */
export function periodBetween(from: string, to: string): Period {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null) throw new RangeError(`not a calendar day: ${a === null ? from : to}`);
  if (b < a) throw new RangeError(`the period ends (${to}) before it starts (${from})`);
  const partialDates: string[] = [];
  const overlapping: string[] = [];
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    const yearStart = dayNumber(`${year}-01-01`)!;
    const yearEnd = dayNumber(`${year}-12-31`)!;
    (yearStart >= a && yearEnd <= b ? partialDates : overlapping).push(String(year));
    for (let month = 1; month <= 12; month++) {
      const start = Math.round(Date.UTC(year, month - 1, 1) / DAY_MS);
      const end = Math.round(Date.UTC(year, month, 1) / DAY_MS) - 1;
      if (end < a || start > b) continue;
      const label = `${year}-${String(month).padStart(2, "0")}`;
      (start >= a && end <= b ? partialDates : overlapping).push(label);
    }
  }
  const isWeek = b - a === 6 && mondayOf(a) === a;
  return { from, to, isoWeek: isWeek ? isoWeekLabel(a) : null, days: b - a + 1, partialDates: partialDates.sort(), overlappingPartialDates: overlapping.sort() };
}

/** The Monday-to-Sunday week that contains `date` (YYYY-MM-DD). */
export function weekContaining(date: string): Period {
  const day = dayNumber(date);
  if (day === null) throw new RangeError(`not a calendar day: ${date}`);
  const monday = mondayOf(day);
  return periodBetween(dayString(monday), dayString(monday + 6));
}

/** The last complete Monday-to-Sunday week before `today` (YYYY-MM-DD): the week an analyst's roundup covers. */
export const lastCompleteWeek = (today: string): Period => weekContaining(dayString(mondayOf(dayNumber(today) ?? 0) - 7));

/** The period of the same length that ends the day before `period` starts. */
export function previousPeriod(period: Period): Period {
  const a = dayNumber(period.from)!;
  return periodBetween(dayString(a - period.days), dayString(a - 1));
}

/** The local calendar day of an instant (the process time zone; tests run with TZ=Asia/Shanghai). */
export const localDay = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;

export const toPeriodQuery = (period: Period, class1Only: boolean): PeriodQuery => ({
  from: period.from,
  to: period.to,
  partialDates: period.partialDates,
  class1Only,
});
