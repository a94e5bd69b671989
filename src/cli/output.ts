import { toCsv } from "../reports/csv.ts";

export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Display width of a string in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    width += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return width;
}

function fit(text: string, width: number): string {
  let out = "";
  let w = 0;
  for (const ch of text) {
    const cw = displayWidth(ch);
    if (w + cw > width - (displayWidth(text) > width ? 1 : 0)) {
      out += "…";
      w += 1;
      break;
    }
    out += ch;
    w += cw;
  }
  return out + " ".repeat(Math.max(0, width - w));
}

/** A plain-text table with columns sized to their content (capped), CJK-aware. */
export function renderTable(headers: string[], rows: string[][], maxWidth = 40): string {
  const widths = headers.map((h, i) => Math.min(maxWidth, Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? "")))));
  const line = (cells: string[]) => cells.map((c, i) => fit(c, widths[i]!)).join("  ").trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Renders rows as a table, JSON (the given objects) or CSV. */
export function renderRows<T>(format: OutputFormat, items: T[], headers: string[], toRow: (item: T) => string[]): string {
  if (format === "json") return JSON.stringify(items, null, 2);
  const rows = items.map(toRow);
  if (format === "csv") return toCsv(headers, rows);
  return renderTable(headers, rows);
}
