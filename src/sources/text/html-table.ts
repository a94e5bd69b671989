import type { CheerioAPI } from "cheerio";
import { cleanText } from "./normalize.ts";

const _elementsOf = ($: CheerioAPI) => $("*").toArray();
/** An element node as cheerio returns it (kept local so the code does not import cheerio's parser types). */
export type HtmlElement = ReturnType<typeof _elementsOf>[number];

/** The text of a cell with its spans joined (Word-pasted tables split one value over several spans). */
export const cellText = ($: CheerioAPI, cell: HtmlElement): string => cleanText($(cell).text());

/**
 * Reads a table whose header row names its columns into one object per data row keyed by header text
 * (spaces removed). Returns null when no row of the table has every required header.
 */
export function readHeaderTable($: CheerioAPI, table: HtmlElement, required: string[]): { headers: string[]; rows: Array<Record<string, string>>; cells: HtmlElement[][] } | null {
  const trs = $(table).find("tr").toArray();
  const norm = (t: string) => t.replace(/\s+/g, "");
  const headerIndex = trs.findIndex((tr) => {
    const texts = $(tr).children("th,td").toArray().map((c) => norm(cellText($, c)));
    return required.every((h) => texts.includes(norm(h)));
  });
  if (headerIndex < 0) return null;
  const headers = $(trs[headerIndex]).children("th,td").toArray().map((c) => norm(cellText($, c)));
  const rows: Array<Record<string, string>> = [];
  const cells: HtmlElement[][] = [];
  for (const tr of trs.slice(headerIndex + 1)) {
    const tds = $(tr).children("th,td").toArray();
    if (tds.length === 0) continue;
    const row: Record<string, string> = {};
    headers.forEach((h, i) => {
      const cell = tds[i];
      row[h] = cell ? cellText($, cell) : "";
    });
    if (Object.values(row).every((v) => v === "")) continue;
    rows.push(row);
    cells.push(tds);
  }
  return { headers, rows, cells };
}

/** The headers among `required` that no table on the page has, for a "format changed" message. */
export function missingHeaders($: CheerioAPI, required: string[]): string[] {
  const all = new Set($("th,td").toArray().map((c) => cellText($, c).replace(/\s+/g, "")));
  return required.filter((h) => !all.has(h.replace(/\s+/g, "")));
}
