/** The items of a list sorted by `start` that lie inside [start, end), found by binary search. */
export function inRange<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}

/** The item of a list sorted by `start` that contains [start, end), or null. */
export function containing<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T | null {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = sorted[mid]!;
    if (item.end < end) lo = mid + 1;
    else if (item.start > start) hi = mid - 1;
    else return item;
  }
  return null;
}
