/** YYYY-MM-DD from the date forms the official sources use, or null. */
export function isoDate(value: string | null | undefined): string | null {
  const text = (value ?? "").normalize("NFKC").replace(/\s+/g, "").replace(/^[([（【]+/, "");
  if (text === "") return null;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text);
  if (!m) m = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return ymd(Number(us[3]), Number(us[1]), Number(us[2]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return ymd(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return null;
}

function ymd(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The calendar date of an instant in China (Asia/Shanghai, UTC+8, no DST). */
export function shanghaiDate(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
