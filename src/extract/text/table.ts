/**
 * Tables pasted into news as text: cells divided by "|" (prepare makes the full-width "｜" half-width), with or
 * without bars at the ends of the line ("| CXHL2600412 | X片 | … |" or "CXHL2600412｜X片｜…").
 */

/** A cell of a table row, trimmed, with its offsets in the line. */
export type Cell = { text: string; start: number; end: number };

/** Whether a line is a row of a table: it starts with a bar or has at least two. */
export function isTableRow(line: string): boolean {
  if (line.startsWith("|")) return true;
  const first = line.indexOf("|");
  return first >= 0 && line.includes("|", first + 1);
}

/** The cells of a row; the empty ends outside a leading or trailing bar are not cells. */
export function tableCells(line: string): Cell[] {
  const out: Cell[] = [];
  let from = 0;
  for (const raw of line.split("|")) {
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), start: from + lead, end: from + lead + raw.trim().length });
    from += raw.length + 1;
  }
  if (line.trimStart().startsWith("|")) out.shift();
  if (line.trimEnd().endsWith("|")) out.pop();
  return out;
}

/** "|---|:--:|": the rule under a markdown header. */
export const isRuleRow = (line: string): boolean => /^[\s|:-]+$/.test(line);
