/**
 * Tables pasted into news as text: cells divided by "|" (prepare makes the full-width "｜" half-width, and the tabs
 * or wide gaps of a column layout bars), with or without bars at the ends of the line ("| CXHL2600412 | X片 | … |",
 * "CXHL2600412｜X片｜…", "1\tCXHL2600412\tX片\t…").
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

/** A gap between the columns of a row laid out with tabs or runs of spaces (not the spaces after a sentence's end). */
export const COLUMN_GAP = /(?<![.!?;:,。！？；：，])(?:[ \u00a0]*\t[\t \u00a0]*| {2,})/g;

/** Whether a line is a row laid out in columns: two tab gaps, or three wide gaps of spaces. */
export function isColumnRow(line: string): boolean {
  // (most lines have neither a tab nor two spaces in a row)
  if (!line.includes("\t") && !line.includes("  ")) return false;
  let tabs = 0;
  let wide = 0;
  for (const gap of line.trim().matchAll(COLUMN_GAP)) {
    if (gap[0].includes("\t")) tabs++;
    else wide++;
  }
  return tabs >= 2 || tabs + wide >= 3;
}

/**
 * A name cell that withholds the drug's name ("某口服GLP-1受体激动剂", "某进口单抗注射液", "（未公开）", "企业未披露", "undisclosed"): 某 before a
 * class of drugs, not before a syllable of a name ("某瑞替尼片" stands in for a name).
 */
export const UNDISCLOSED_NAME = /^某[^（(｜|]{0,30}(?:蛋白|抑制剂|激动剂|拮抗剂|抗体|单抗|双抗|ADC|siRNA|疗法|药物|产品|疫苗|偶联药物|降解剂)(?:注射液|注射剂|片|胶囊)?$|^[(（]?(?:未公开|未披露|企业未披露|暂未公开)[)）]?$|^(?:undisclosed|unnamed|not disclosed)\b/i;
