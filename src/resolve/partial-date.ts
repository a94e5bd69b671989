/** Dates as precise as a text gives them: YYYY, YYYY-MM or YYYY-MM-DD. */

/** True when one date is a refinement of the other (2025-10 and 2025-10-24), or they are equal. */
export function datesNested(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

const DAY = 86_400_000;

/** The first and last day (as epoch days) a partial date can denote. */
export function dateRange(d: string): [number, number] {
  const [y, m, day] = d.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y, 11, 31) / DAY];
  if (day === undefined) return [Date.UTC(y, m - 1, 1) / DAY, Date.UTC(y, m, 0) / DAY];
  const t = Date.UTC(y, m - 1, day) / DAY;
  return [t, t];
}

/** Days between the closest days two partial dates can denote (0 when they overlap). */
export function daysApart(a: string, b: string): number {
  const [a0, a1] = dateRange(a);
  const [b0, b1] = dateRange(b);
  if (a1 < b0) return b0 - a1;
  if (b1 < a0) return a0 - b1;
  return 0;
}

/** Days from a to b by their first days (for "days from IIT to first IND"). */
export function daysBetween(a: string, b: string): number {
  return dateRange(b)[0] - dateRange(a)[0];
}

/** Orders partial dates chronologically, a less precise date before the dates it contains; null last. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
