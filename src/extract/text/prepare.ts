import * as OpenCC from "opencc-js";
import { COLUMN_GAP, isColumnRow, isTableRow } from "./table.ts";

/**
 * The text the recognisers read, and a map back to the original. `work` is the original with full-width
 * ASCII made half-width, traditional Chinese made simplified, line breaks inside wrapped Chinese lines
 * removed, and spaces next to Chinese characters dropped; `map[i]` is the offset in the original of
 * `work[i]`. Names are reported from the original (so a traditional-Chinese document keeps its script).
 */
export type Prepared = { original: string; work: string; map: Int32Array; traditional: boolean };

let toSimplified: ((s: string) => string) | null = null;

const isCjk = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const isCjkPunct = (c: number) => (c >= 0x3000 && c <= 0x303f) || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
const SENTENCE_END = /[。！？!?；;:：.]$/;
const LIST_START = /^(?:[一二三四五六七八九十]+、|\(?\d{1,2}[).、]|[•·▪●◆■]|[-*]\s|\d+\.\s|[①-⑳]|[A-Za-z\u4e00-\u9fff]{1,8}[:：])/;

/** Half-width form of a full-width ASCII character or ideographic space; other characters unchanged. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** The characters the traditional→simplified conversion changes on their own, computed once (about 30 ms). */
let traditionalOnly: Set<number> | null = null;
function traditionalCharacters(convert: (s: string) => string): Set<number> {
  if (traditionalOnly) return traditionalOnly;
  traditionalOnly = new Set();
  for (let c = 0x3400; c <= 0x9fff; c++) {
    const ch = String.fromCharCode(c);
    if (convert(ch) !== ch) traditionalOnly.add(c);
  }
  return traditionalOnly;
}

function simplify(text: string): { text: string; traditional: boolean } {
  if (!/[\u4e00-\u9fff]/.test(text.slice(0, 20_000))) return { text, traditional: false };
  const convert = (toSimplified ??= OpenCC.Converter({ from: "hk", to: "cn" }));
  // traditional when a sample has at least two characters the conversion changes (or one in a short text)
  const traditional = traditionalCharacters(convert);
  const sample = Math.min(text.length, 1500);
  let changed = 0;
  for (let i = 0; i < sample && changed < 2; i++) if (traditional.has(text.charCodeAt(i))) changed++;
  if (changed < Math.min(2, Math.ceil(sample / 40))) return { text, traditional: false };
  const converted = convert(text);
  if (converted.length === text.length) return { text: converted, traditional: true };
  // A phrase conversion changed the length: convert character by character to keep offsets aligned.
  let out = "";
  for (const ch of text) out += ch.length === 1 ? convert(ch).slice(0, 1) || ch : ch;
  return { text: out.length === text.length ? out : text, traditional: out.length === text.length };
}

/**
 * `isName` tells a word that is a name as written (AstraZeneca, GlaxoSmithKline), which the glued-word repair
 * must leave alone.
 */
export function prepareText(original: string, isName: (word: string) => boolean = () => false): Prepared {
  const { text: converted, traditional } = simplify(halfWidth(original));
  const out: string[] = [];
  const map = new Int32Array(converted.length * 2 + 1);
  let n = 0;
  const lines = converted.split("\n");
  let offset = 0;
  let previous = ""; // the previous line as kept (trimmed)
  for (let li = 0; li < lines.length; li++) {
    const rawLine = lines[li]!.replace(/\r$/, "");
    const lineStart = offset;
    offset += lines[li]!.length + 1;
    const leading = rawLine.length - rawLine.trimStart().length;
    const line = rawLine.trim();
    if (li > 0) {
      if (line === "") {
        if (previous !== "") {
          out.push("\n");
          map[n++] = lineStart - 1;
        }
        previous = "";
        continue;
      }
      if (!joinsPrevious(previous, line)) {
        out.push("\n");
        map[n++] = lineStart - 1;
      } else if (HYPHENATED.test(previous) && /^[a-z]/.test(line)) {
        // a word a PDF's layout broke at the line's end ("the treat-" / "ment of …") is one word again
        out.push(out.pop()!.slice(0, -1));
        n--;
      } else if (!isCjk(previous.charCodeAt(previous.length - 1)) && !isCjk(line.charCodeAt(0)) && !isCjkPunct(line.charCodeAt(0))) {
        out.push(" ");
        map[n++] = lineStart - 1;
      }
    }
    // copy the line, collapsing runs of spaces and dropping spaces that touch a Chinese character (a row laid out
    // in columns gets a bar for each gap between them); unchanged stretches are copied whole
    const base = lineStart + leading;
    const columns = isColumnRow(line) ? new Set([...line.matchAll(COLUMN_GAP)].map((gap) => gap.index)) : null;
    let run = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 32 || c === 9 || c === 0xa0) {
        if (i > run) out.push(line.slice(run, i));
        const prev = i > 0 ? line.charCodeAt(i - 1) : 0;
        let j = i;
        while (j < line.length && (line.charCodeAt(j) === 32 || line.charCodeAt(j) === 9 || line.charCodeAt(j) === 0xa0)) j++;
        const next = line.charCodeAt(j);
        const dropped = isCjk(prev) || isCjk(next) || isCjkPunct(prev) || isCjkPunct(next);
        if (columns?.has(i)) {
          out.push("|");
          map[n++] = base + i;
        } else if (!dropped) {
          out.push(" ");
          map[n++] = base + i;
        }
        i = j - 1;
        run = j;
        continue;
      }
      // HTML remnants in plain text: tags are dropped, common entities read as their character
      if (c === 60) {
        TAG.lastIndex = i;
        const tag = TAG.exec(line);
        if (tag) {
          if (i > run) out.push(line.slice(run, i));
          i += tag[0].length - 1;
          run = i + 1;
          continue;
        }
      } else if (c === 38) {
        ENTITY.lastIndex = i;
        const entity = ENTITY.exec(line);
        if (entity) {
          if (i > run) out.push(line.slice(run, i));
          out.push(entityChar(entity[1]!));
          map[n++] = base + i;
          i += entity[0].length - 1;
          run = i + 1;
          continue;
        }
      }
      if (gluedWordStarts(line, i, c, isName)) {
        if (i > run) out.push(line.slice(run, i));
        out.push(" ");
        map[n++] = base + i;
        run = i;
      }
      map[n++] = base + i;
    }
    if (line.length > run) out.push(line.slice(run));
    previous = line;
  }
  map[n] = original.length;
  return { original, work: out.join(""), map: map.subarray(0, n + 1), traditional };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Machine translation glues words ("treatTherapeutic", "SystemAtrophy"): a capital between two runs of four or
 * more lower-case letters starts a new word (codes like GenSci139 have shorter runs). It also glues codes to
 * words ("GroupSYS6002injection"): a word of 3+ lower-case letters before a run of 2+ capitals and digits, or a
 * digit before 4+ lower-case letters, also starts a new word; and acronyms to words ("ADCdeveloper"): 3+ capitals
 * opening a word, then 6+ lower-case letters.
 */
function gluedWordStarts(line: string, i: number, c: number, isName: (word: string) => boolean): boolean {
  if (c >= 65 && c <= 90) {
    // ("treatment ofHER2 positive": a short word glued to an acronym with a number)
    if (i >= 3 && /(?:^|\s)(?:of|to|in|on|at|by|or)$/.test(line.slice(Math.max(0, i - 3), i)) && /^[A-Z]{2,}[-_]?\d/.test(line.slice(i, i + 12))) return true;
    if (i < 3 || lowerRun(line, i - 1, -1) < 3) return false;
    if (i >= 4 && lowerRun(line, i - 1, -1) >= 4 && lowerRun(line, i + 1, 1) >= 4 && !isName(wordAt(line, i))) return true;
    // ("NovalinkBio": a company's name glued to the word for its kind)
    if (i >= 4 && lowerRun(line, i - 1, -1) >= 4 && COMPANY_KIND.test(line.slice(i, i + 14)) && !isName(wordAt(line, i))) return true;
    return /^[A-Z]{2,}[-_]?\d/.test(line.slice(i, i + 12));
  }
  // ("ADCdeveloper", "NMPAapproved": an acronym glued to the word after it)
  if (c >= 97 && c <= 122 && i >= 3 && isUpper(line.charCodeAt(i - 1)) && acronymBefore(line, i) && lowerRun(line, i, 1) >= 6 && !isName(wordAt(line, i))) return true;
  return (
    c >= 97 && c <= 122 && i > 0 && isDigit(line.charCodeAt(i - 1)) &&
    /^(?:[a-z]{4,}|(?:is|was|and|for|has|had|are|the|to|in|of)(?![a-z]))/.test(line.slice(i, i + 12)) &&
    /[A-Z]/.test(line.slice(Math.max(0, i - 12), i))
  );
}

const TAG = /<\/?[a-zA-Z][^<>\n]{0,200}>/y;
/** The named entities news pages leave in their text ("联合含铂化疗&plusmn;贝伐珠单抗", "&ldquo;已撤回&rdquo;"), and numeric ones. */
const NAMED: Record<string, string> = {
  nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", mdash: "—", ndash: "–",
  plusmn: "±", middot: "·", bull: "•", hellip: "…", times: "×", deg: "°", reg: "®", trade: "™", copy: "©", laquo: "«", raquo: "»", ge: "≥", le: "≤",
};
const ENTITY_SOURCE = `&(${Object.keys(NAMED).join("|")}|#\\d{2,5}|#[xX][0-9a-fA-F]{2,4});`;
const ENTITY = new RegExp(ENTITY_SOURCE, "y");
const ENTITIES = new RegExp(ENTITY_SOURCE, "g");
const entityChar = (name: string) => NAMED[name] ?? String.fromCharCode(/^#[xX]/.test(name) ? parseInt(name.slice(2), 16) : Number(name.slice(1)));

/** The run of ASCII letters around position i. */
function wordAt(line: string, i: number): string {
  let a = i;
  let b = i;
  while (a > 0 && /[A-Za-z]/.test(line[a - 1]!)) a--;
  while (b < line.length && /[A-Za-z]/.test(line[b]!)) b++;
  return line.slice(a, b);
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const COMPANY_KIND = /^(?:Bio|Pharma|Biotech|Biologics|Biosciences|Therapeutics|Oncology)(?![a-z])/;
/** Three or more capitals right before position i, starting a word. */
function acronymBefore(line: string, i: number): boolean {
  let a = i;
  while (a > 0 && isUpper(line.charCodeAt(a - 1))) a--;
  return i - a >= 3 && (a === 0 || !/[A-Za-z0-9]/.test(line[a - 1]!));
}

function lowerRun(text: string, from: number, step: 1 | -1): number {
  let n = 0;
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) break;
    n++;
  }
  return n;
}

/** "拟定适应症：…", "受理号：…": a line that starts with a field's label starts afresh. */
const FIELD_LABEL = /^[\u4e00-\u9fff]{2,8}(?:[(（][^)）]{0,20}[)）])?[:：]/;
/** "公司：标题": a section heading names its subject before a colon. */
/** A body opening with its source, under a headline: "(经济通通讯社17日专讯)", "（记者 王某）", "智通财经APP讯，", "智通财经APP获悉，". */
const DATELINE_OPENS = /^[(（][^)）]{0,30}(?:讯|电|报道|记者)[^)）]{0,12}[)）]|^[\u4e00-\u9fffA-Za-z]{2,12}(?:讯|获悉)\s?[，,(（]/;
const HEADING = /^[^,，。:：]{2,10}[:：][^,，。]{2,30}$/;
/** A line continues the previous one when the previous was a wrapped line of running text. */
const OPENERS = new Set([0x201c, 0x2018, 0x3010, 0x300a, 0x300c, 0x300e, 0x3016, 0xff08]);
function joinsPrevious(previous: string, line: string): boolean {
  if (previous === "") return false;
  const first = line.charCodeAt(0);
  // a line starting with 。，」 continues; one opening with a bracket or a quote (【受理】, “…”) starts anew
  if (isCjkPunct(first) && !OPENERS.has(first)) return true;
  if (first === 0xff0c || first === 0x3002 || first === 44) return true;
  if (SENTENCE_END.test(previous) || LIST_START.test(line) || FIELD_LABEL.test(line) || DATELINE_OPENS.test(line) || isTableRow(previous) || isTableRow(line) || isColumnRow(previous) || isColumnRow(line)) return false;
  const chinese = isCjk(previous.charCodeAt(previous.length - 1)) || isCjk(first) || /\d$/.test(previous);
  // a wrapped Chinese line is long; a short one is a heading ("百利天恒：HER2 ADC拟获突破性治疗认定")
  if (chinese) return previous.length >= 30 && !HEADING.test(previous);
  return previous.length >= 50 && /^[a-z]/.test(line);
}

/** A line ending in a word broken by a hyphen (not the prefix of a compound: "first-" / "line", "non-" / "small"). */
const HYPHENATED = /(?<![A-Za-z])(?!(?:first|second|third|later|non|anti|co|self|multi|dual|bi|tri|pre|post|long|short|high|low|well|open|double|single|dose|end|late|early|treatment|platinum|chemo|taxane|immune|small|large)-$)[a-z]{2,}-$/;

const NEEDS_CLEANING = /[\uff01-\uff5e\u3000<&]|[^\S ]| {2}/;

/** The original text behind work[start, end), with full-width ASCII made half-width and line breaks removed. */
export function surface(p: Prepared, start: number, end: number): string {
  if (end <= start) return "";
  const from = p.map[start]!;
  const to = p.map[end - 1]! + 1;
  const raw = p.original.slice(from, to);
  // most names and sentences need no cleaning
  if (!NEEDS_CLEANING.test(raw)) return raw.trim();
  return halfWidth(raw)
    .replace(/<\/?[a-zA-Z][^<>\n]{0,200}>/g, "")
    .replace(ENTITIES, (_, name: string) => entityChar(name))
    .replace(/\s*\n\s*/g, (m, i: number, s: string) => (isCjk(s.charCodeAt(i - 1)) || isCjk(s.charCodeAt(i + m.length)) ? "" : " "))
    .replace(/\s+/g, " ")
    .trim();
}
