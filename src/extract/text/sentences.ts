import type { Prepared } from "./prepare.ts";
import { containing } from "./in-range.ts";
import { isTableRow } from "./table.ts";

/** A sentence of the work text: its span and its text. */
export type Sentence = { start: number; end: number; text: string; paragraph: number };

/** A sentence that opens as a list item: a bullet ("• ", "- ") or a number ("1.", "2)", "3、"). */
export const BULLET = /^(?:[•·▪●◆■*-]|\d{1,2}[.)、])\s?/;

/** "…；以及B", "一是A；二是B": what follows a semicolon goes on with the same list. */
const GOES_ON = /^\s?(?:以及|[二三四五]是|其[二三四])/;
/** A legal name's last word ("Co., Ltd.") ends the sentence when the next opens one ("… Co., Ltd. In March, the NMPA …"). */
const LEGAL_SUFFIX = /\b(?:Ltd|Inc|Corp)$/;
const OPENER = /^(?:In|On|At|As|The|This|That|These|Its|It|Under|After|Since|Last|Earlier|Meanwhile|However|According|Shares)\b/;
const ABBREVIATIONS = /(?:\b(?:Co|Ltd|Inc|Corp|Dr|Mr|Ms|Mrs|No|Nos|vs|etc|e\.g|i\.e|U\.S|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|approx|Fig|Ph|al)|\b[A-Z])$/;

/**
 * Splits the work text into sentences: after 。！？!? and at line breaks, after ；; outside brackets and not before 以及; after "." when followed by a
 * space and a capital, digit or quote, unless the word before is an abbreviation (Co., Ltd., Oct.) or the
 * number of a list item.
 * Linear: one pass, no backtracking.
 */
export function splitSentences(text: string, maxLength = 1000): Sentence[] {
  return splitSentencesUnbounded(text).flatMap((s) => (s.text.length > maxLength ? cut(s, maxLength) : [s]));
}

/** A sentence longer than any real one (a run-on page, a table flattened to one line) is cut at clause breaks, so work per sentence stays bounded. */
function cut(s: Sentence, maxLength: number): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  while (from < s.text.length) {
    let to = Math.min(s.text.length, from + maxLength);
    if (to < s.text.length) {
      const window = s.text.slice(from + (maxLength >> 1), to);
      const at = Math.max(window.lastIndexOf("，"), window.lastIndexOf(","), window.lastIndexOf(" "));
      if (at > 0) to = from + (maxLength >> 1) + at + 1;
    }
    const text = s.text.slice(from, to);
    out.push({ start: s.start + from, end: s.start + to, text, paragraph: s.paragraph });
    from = to;
  }
  return out;
}

function splitSentencesUnbounded(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  // brackets open in the current line
  let depth = 0;
  // a table row is one sentence whatever its cells hold ("| CXSL2500820；CXSL2500821 | 注射用X |")
  const rowEnd = (from: number) => {
    const end = text.indexOf("\n", from);
    const line = text.slice(from, end < 0 ? text.length : end);
    return isTableRow(line.trim()) ? from + line.length : -1;
  };
  let row = rowEnd(0);
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) {
      const s = start + raw.indexOf(trimmed);
      out.push({ start: s, end: s + trimmed.length, text: trimmed, paragraph });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "(" || ch === "（") depth++;
    else if ((ch === ")" || ch === "）") && depth > 0) depth--;
    // a semicolon inside brackets separates list items ("(CM310; brand name: …)"); before 以及 or 二是 it goes on with the list
    if ((ch === ";" || ch === "；") && (depth > 0 || GOES_ON.test(text.slice(i + 1, i + 4)))) continue;
    if (ch === "\n") {
      depth = 0;
      push(i);
      start = i + 1;
      paragraph++;
      row = rowEnd(i + 1);
      continue;
    }
    if (row >= 0) continue;
    if (ch === "。" || ch === "！" || ch === "？" || ch === "；" || ch === ";" || ch === "!" || ch === "?") {
      // (with the marks and closing quotes that go with it: "拟纳入BTD！！", "？！", "。”")
      let j = i + 1;
      while (j < text.length && /["”’)）\]！!？?。]/.test(text[j]!)) j++;
      push(j);
      i = j - 1;
      continue;
    }
    if (ch === "." && text[i + 1] === " " && /[A-Z0-9"“(]/.test(text[i + 2] ?? "")) {
      const before = text.slice(Math.max(start, i - 12), i);
      // an abbreviation (Co., Oct.) or a list number ("1. ") does not end a sentence; a year or a count does ("in 2024. Summit")
      // (nor does a month heading its line: "March. China's NMPA accepted …")
      if ((ABBREVIATIONS.test(before) && !(LEGAL_SUFFIX.test(before) && OPENER.test(text.slice(i + 2, i + 14)))) || /^\s*(?:\d{1,2}|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(text.slice(start, i))) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return out;
}

/** The sentences of each prepared text, split once. */
const sentencesOf = new WeakMap<Prepared, Sentence[]>();
export function sentencesIn(p: Prepared): Sentence[] {
  let list = sentencesOf.get(p);
  if (!list) sentencesOf.set(p, (list = splitSentences(p.work)));
  return list;
}

/** The sentence of a prepared text that holds work[start, end). */
export function sentenceOf(x: { start: number; end: number }, p: Prepared): Sentence | null {
  return containing(sentencesIn(p), x.start, x.end);
}

/** The sentence after `s` in its prepared text. */
export function nextSentence(s: Sentence, p: Prepared): Sentence | null {
  const list = sentencesIn(p);
  return list[list.indexOf(s) + 1] ?? null;
}
