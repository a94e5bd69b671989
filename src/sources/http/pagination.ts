/**
 * The last page of a paged list: ceil(total / pageSize), at least 1. CDE wraps a page number past the end back to
 * page 1 instead of answering an empty page, so a sweep must stop here and never at "the first empty page".
 */
export function lastPage(total: number, pageSize: number): number {
  if (!Number.isFinite(total) || total <= 0 || pageSize <= 0) return 1;
  return Math.ceil(total / pageSize);
}
