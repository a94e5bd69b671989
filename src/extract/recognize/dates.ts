import type { PartialDate } from "../../domain/index.ts";

/**
 * A date expression in the work text. `year` is null when the text gives none (5月12日, Oct. 28): such a
 * date is completed only from the publication date or an explicit date earlier in the document, never
 * guessed. Relative expressions (上周, last week, 去年6月, 近日) carry `relative` and resolve against the
 * publication date.
 */
export type DateMention = {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number | null;
  relative: RelativeKind | null;
};
export type RelativeKind = "today" | "yesterday" | "recent" | "this_week" | "last_week" | "this_month" | "last_month" | "this_year" | "last_year" | "same_day" | "same_month" | "same_year" | "following_month" | "following_year" | "last_named_month" | "weekday" | "last_week_day" | "then";

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_NAME = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

type Rule = { re: RegExp; read: (m: RegExpExecArray) => Omit<DateMention, "start" | "end"> | null };
const n = (s: string | undefined) => (s === undefined ? null : Number(s));
const abs = (y: number | null, mo: number | null, d: number | null) => ({ year: y, month: mo, day: d, relative: null });
const rel = (relative: RelativeKind, mo: number | null = null, d: number | null = null) => ({ year: null, month: mo, day: d, relative });
// weekdays as ISO numbers (Monday 1 … Sunday 7), kept in `day` of a "weekday" mention
const ZH_WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const EN_WEEKDAY: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
const weekday = (relative: "weekday" | "last_week_day", day: number | undefined) => (day === undefined ? null : rel(relative, null, day));

const CONGRESSES = "ESMO|ASCO|AACR|ASH|WCLC|EHA|SABCS|ADA|EASL|ERS|ATS|ACR|EULAR|CSCO|SITC|世界肺癌|美国临床肿瘤|欧洲肿瘤";
/** The year in a congress's name ("2025年ASCO年会", "ESMO 2025"): the year of data presented there, when nothing dates them better. */
const CONGRESS_NAMES = "American Society of Clinical Oncology|European Society for Medical Oncology|American Society of Hematology|World Conference on Lung Cancer|American Association for Cancer Research|European Hematology Association|San Antonio Breast Cancer Symposium|Society for Immunotherapy of Cancer";
const CONGRESS_YEAR = new RegExp(`((?:19|20)\\d{2})\\s?年?\\s?(?:${CONGRESSES}|${CONGRESS_NAMES})|\\b(?:${CONGRESSES})\\s?((?:19|20)\\d{2})\\b`);
export function congressYear(sentence: string): PartialDate | null {
  const m = CONGRESS_YEAR.exec(sentence);
  return m ? (m[1] ?? m[2]!) : null;
}

// Dates written in Chinese numerals, as Hong Kong announcements do ("二零二四年十一月", "二〇二五年一月三日")
const ZH_DIGIT: Record<string, number> = { 〇: 0, 零: 0, "○": 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const zhYear = (s: string) => Number([...s].map((ch) => ZH_DIGIT[ch]).join(""));
/** 一 … 九, 十, 十一 … 十九, 二十 … 三十一. */
function zhSmall(s: string | undefined): number | null {
  if (s === undefined) return null;
  const ten = s.indexOf("十");
  if (ten < 0) return ZH_DIGIT[s] ?? null;
  return (ten === 0 ? 1 : (ZH_DIGIT[s[0]!] ?? 0)) * 10 + (s.length > ten + 1 ? (ZH_DIGIT[s[ten + 1]!] ?? 0) : 0);
}
const ZH_SMALL = "(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";

const RULES: Rule[] = [
  { re: new RegExp(`(二[〇零○][一二三四五六七八九〇零○]{2})年(?:(${ZH_SMALL})月(?:(${ZH_SMALL})[日号])?)?`, "y"), read: (m) => abs(zhYear(m[1]!), zhSmall(m[2]), zhSmall(m[3])) },
  { re: /(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?[日号]/y, read: (m) => abs(n(m[1]), n(m[2]), n(m[3])) },
  { re: /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y, read: (m) => abs(n(m[1]), n(m[2]), n(m[3])) },
  { re: /(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/y, read: (m) => abs(n(m[1]), n(m[2]), n(m[3])) },
  // "11/04/2025": month first as in American usage, unless the first number cannot be a month ("25/04/2025")
  { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/y, read: (m) => (n(m[1])! > 12 ? abs(n(m[3]), n(m[2]), n(m[1])) : abs(n(m[3]), n(m[1]), n(m[2]))) },
  { re: /(\d{4})\.(\d{1,2})\.(\d{1,2})(?!\d)/y, read: (m) => abs(n(m[1]), n(m[2]), n(m[3])) },
  { re: /(\d{4})\s?年\s?(\d{1,2})\s?月(?!\s?\d{1,2}\s?[日号])/y, read: (m) => abs(n(m[1]), n(m[2]), null) },
  // (not the year in a congress's name: "2025年ESMO大会", "ASCO 2025年会")
  { re: new RegExp(`(\\d{4})\\s?年(?![\\d底初中末会]|\\s?(?:${CONGRESSES}))`, "y"), read: (m) => abs(n(m[1]), null, null) },
  { re: /今年\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?[日号])?/y, read: (m) => ({ ...rel("this_year", n(m[1]), n(m[2])) }) },
  { re: /今年(?:年?初|早些时候|上半年)/y, read: () => rel("this_year") },
  { re: /去年\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?[日号])?/y, read: (m) => ({ ...rel("last_year", n(m[1]), n(m[2])) }) },
  // a range ("10月20日-10月26日", "10月20日至26日") stands for its last day: what happened in it belongs to its week
  { re: /(\d{1,2})\s?月\s?(\d{1,2})\s?[日号]?\s?[-–—~至到]\s?(?:(\d{1,2})\s?月\s?)?(\d{1,2})\s?[日号]/y, read: (m) => abs(null, n(m[3] ?? m[1]), n(m[4])) },
  { re: /(\d{1,2})\s?月\s?(\d{1,2})\s?[日号]/y, read: (m) => abs(null, n(m[1]), n(m[2])) },
  { re: /(?<![\d年])(\d{1,2})\s?月(?!\s?\d)(?=[份中初底末上下旬,，、获起以内前后间期召举开的]|$)/y, read: (m) => abs(null, n(m[1]), null) },
  { re: /上周([一二三四五六日天])/y, read: (m) => weekday("last_week_day", ZH_WEEKDAY[m[1]!]) },
  { re: /上周|上一周/y, read: () => rel("last_week") },
  { re: /(?:本周|周)([一二三四五六日天])/y, read: (m) => weekday("weekday", ZH_WEEKDAY[m[1]!]) },
  { re: /本周/y, read: () => rel("this_week") },
  { re: /上月|上个月/y, read: () => rel("last_month") },
  { re: /本月/y, read: () => rel("this_month") },
  { re: /近日|日前|近期/y, read: () => rel("recent") },
  { re: /今日|今天|今早|今晨/y, read: () => rel("today") },
  { re: /昨日|昨天|昨晚|昨夜/y, read: () => rel("yesterday") },
  { re: /去年/y, read: () => rel("last_year") },
  { re: new RegExp(`${MONTH_NAME}\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})\\b`, "iy"), read: (m) => abs(n(m[3]), MONTHS[m[1]!.toLowerCase()] ?? null, n(m[2])) },
  { re: new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH_NAME}\\.?,?\\s(?:of\\s)?(\\d{4})\\b`, "iy"), read: (m) => abs(n(m[3]), MONTHS[m[2]!.toLowerCase()] ?? null, n(m[1])) },
  // (and a table's "Oct-2023")
  { re: new RegExp(`${MONTH_NAME}(?:\\.?,?\\s(?:of\\s)?|-)(\\d{4})\\b`, "iy"), read: (m) => abs(n(m[2]), MONTHS[m[1]!.toLowerCase()] ?? null, null) },
  { re: new RegExp(`${MONTH_NAME}\\.?\\s(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})\\b`, "iy"), read: (m) => abs(null, MONTHS[m[1]!.toLowerCase()] ?? null, n(m[3])) },
  { re: new RegExp(`${MONTH_NAME}\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\s?\\d{4})`, "iy"), read: (m) => abs(null, MONTHS[m[1]!.toLowerCase()] ?? null, n(m[2])) },
  // "March. China's NMPA accepted …": a month heading its line
  { re: new RegExp(`(?<=^|\\n)${MONTH_NAME}\\.(?=\\s)`, "y"), read: (m) => abs(null, MONTHS[m[1]!.toLowerCase()] ?? null, null) },
  // "in Q3 2024", "in mid-2025", "late 2024", "2H 2026": a quarter or a part of a year is dated by its year
  { re: /\b(?:Q[1-4]|[12]H|H[12])\s?((?:19|20)\d{2})\b|\b(?:mid|early|late|end)(?:-|\s(?:of\s)?)((?:19|20)\d{2})\b/iy, read: (m) => abs(n(m[1] ?? m[2]), null, null) },
  // "on Tue 3 Mar", "closed 27 Feb": a day before a capitalised month name, without a year
  { re: new RegExp(`(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)?\\s${MONTH_NAME}\\b(?![.,]?\\s?\\d)`, "y"), read: (m) => abs(null, MONTHS[m[2]!.toLowerCase()] ?? null, n(m[1])) },
  { re: /\b(?:in|since|during|of) (\d{4})\b(?! year \d)/iy, read: (m) => abs(n(m[1]), null, null) },
  // "Orphan Drug Designation from the FDA (2024)": a year in brackets after what it dates
  { re: /[(（]((?:19|20)\d{2})[)）]/y, read: (m) => abs(n(m[1]), null, null) },
  // "In January, the FDA granted…": a month without a year, completed like a month-day
  // (a number after a comma that is no year or day is not part of it: "presented in October, 31% of patients…")
  { re: new RegExp(`\\b(?:in|since|during|from|until|through|by) ${MONTH_NAME}\\b(?![.,]?\\s?(?:\\d{3,}|\\d{1,2}(?![\\d%.])))`, "iy"), read: (m) => abs(null, MONTHS[m[1]!.toLowerCase()] ?? null, null) },
  // "said Wednesday", "on Sunday": the latest such day on or before publication
  { re: /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/iy, read: (m) => weekday("weekday", EN_WEEKDAY[m[1]!.toLowerCase()]) },
  // "last June": the latest June before the month of publication
  // (and a day after it, machine-translated: "Last December 18 day" for 去年12月18日)
  { re: new RegExp(`\\blast ${MONTH_NAME}(?: (\\d{1,2})(?: ?day)?(?!\\d))?\\b`, "iy"), read: (m) => rel("last_named_month", MONTHS[m[1]!.toLowerCase()] ?? null, n(m[2])) },
  // "won a second nod this April": that month of the year of publication (今年4月)
  { re: new RegExp(`\\bthis ${MONTH_NAME}\\b`, "iy"), read: (m) => rel("this_year", MONTHS[m[1]!.toLowerCase()] ?? null) },
  { re: /\blast week\b/iy, read: () => rel("last_week") },
  { re: /\bthis week\b/iy, read: () => rel("this_week") },
  { re: /\blast month\b/iy, read: () => rel("last_month") },
  { re: /\bearlier this month\b|\bthis month\b/iy, read: () => rel("this_month") },
  // "granted … earlier this year": the year of publication (今年早些时候)
  { re: /\bearlier this year\b|(?<!\b(?:later|by|until|end of) )\bthis year\b(?! ?\d)/iy, read: () => rel("this_year") },
  { re: /\btoday\b/iy, read: () => rel("today") },
  { re: /\byesterday\b/iy, read: () => rel("yesterday") },
  { re: /\brecently\b/iy, read: () => rel("recent") },
  // Chinese dates translated word for word ("2024 year 6 month" for 2024年6月, "last year 10 month" for 去年10月)
  { re: /(\d{4}) ?year(?: ?(\d{1,2}) ?month(?: ?(\d{1,2}) ?(?:day|date|number))?)?(?![-a-z])/iy, read: (m) => abs(n(m[1]), n(m[2]), n(m[3])) },
  { re: /(\d{1,2}) ?month ?(\d{1,2}) ?(?:day|date|number)(?![a-z])/iy, read: (m) => abs(null, n(m[1]), n(m[2])) },
  { re: /\blast year (\d{1,2}) month\b/iy, read: (m) => ({ ...rel("last_year", n(m[1])) }) },
  { re: /\bthis year (\d{1,2}) month\b/iy, read: (m) => ({ ...rel("this_year", n(m[1])) }) },
  { re: /\blast year\b/iy, read: () => rel("last_year") },
  { re: /同日|当日|当天|同一天|(?:那|这)一?天|(?:on )?(?:the |that )?same day\b/iy, read: () => rel("same_day") },
  // (and machine-translated, "same year 5 month")
  { re: /(?:同年|当年)(?:(\d{1,2})月(?:(\d{1,2})日)?)?|(?:in |later )?(?:the same|that(?: same)?) year\b|\bsame year (\d{1,2}) ?month\b/iy, read: (m) => rel("same_year", n(m[1] ?? m[3]), n(m[2])) },
  { re: /同月|当月|(?:in |later )?(?:the same|that(?: same)?) month\b/iy, read: () => rel("same_month") },
  // "始于2020年11月。当时，集团…引进了…": the date stated before, as precise as it was stated
  { re: /当时|彼时|\bat that time\b/iy, read: () => rel("then") },
  // "…in November 2025 and granted it priority review the following month", "次年3月": counted from the date stated before
  { re: /次月|翌月|(?:in )?the (?:following|next) month\b/iy, read: () => rel("following_month") },
  { re: /(?:次年|翌年)(?:(\d{1,2})月(?:(\d{1,2})日)?)?|(?:in )?the (?:following|next) year\b/iy, read: (m) => rel("following_year", n(m[1]), n(m[2])) },
];

// The rules that can start with each character: a position is tried only against those (keeps the scan fast).
const DIGITS = "0123456789";
const FIRST_CHARS: string[] = [
  "二", DIGITS, DIGITS, DIGITS, DIGITS, DIGITS, DIGITS, DIGITS, "今", "今", "去", DIGITS, DIGITS, DIGITS, "上", "上", "本周", "本", "上", "本", "近日", "今", "昨", "去",
  "JFMASONDjfmasond", DIGITS, "JFMASONDjfmasond", "JFMASONDjfmasond", "JFMASONDjfmasond", "JFMASOND", "Q12HmeltQHMELT", DIGITS, "isdoISDO", "(（", "isdfutbISDFUTB", "MTWFSmtwfs", "lL", "tT", "lL", "tT", "lL", "eEtT", "eEtT", "tT", "yY", "rR", DIGITS, DIGITS, "lL", "tT", "lL", "同当那这oOtTsS", "同当iIlLtTsS", "同当iIlLtT", "当彼aA", "次翌iItT", "次翌iItT",
];
if (FIRST_CHARS.length !== RULES.length) throw new Error("dates: FIRST_CHARS must list the first characters of every rule");
const BY_FIRST: Array<Rule[] | undefined> = new Array(65536);
RULES.forEach((rule, k) => {
  for (const ch of FIRST_CHARS[k]!) (BY_FIRST[ch.charCodeAt(0)] ??= []).push(rule);
});
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
const DIGIT_FOLLOWERS = new Set([..."年月-/."].map((ch) => ch.charCodeAt(0)));
// st/nd/rd/th, and the glued words of machine-translated dates ("2025year 5month 21day")
const ORDINAL_STARTS = new Set([..."snrtSNRTym"].map((ch) => ch.charCodeAt(0)));
// the first two letters (lower case) of every word a date rule starts with: months, in/since/during/of,
// last, this, the (same day), on (the same day), today, earlier, yesterday, recently
// the first two characters of the Chinese rules' words (上周, 近日, 今年 …)
const ZH_STARTS = new Set(["当时", "彼时", "二零", "二〇", "二○", "上周", "上一", "上月", "上个", "本周", "本月", "近日", "近期", "日前", "今日", "今天", "今早", "今晨", "今年", "去年", "昨日", "昨天", "昨晚", "昨夜", "同日", "同一", "同年", "同月", "当日", "当天", "当月", "当年", "那一", "那天", "这一", "这天", "次月", "翌月", "次年", "翌年", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天"]);
const WORD_STARTS = new Set(["ja", "fe", "ma", "ap", "ju", "au", "se", "oc", "no", "de", "in", "si", "du", "of", "la", "th", "on", "to", "ea", "ye", "re", "fr", "un", "by", "mo", "tu", "we", "sa", "su", "q1", "q2", "q3", "q4", "h1", "h2", "mi", "en", "at"]);

/**
 * A cheap necessary condition for a date to start at i, so that most digits and words are passed over without
 * trying the rules: a number must be followed by 年, 月, a separator, an ordinal suffix or a space; a word must
 * start like one of the rules' words, in English or Chinese.
 */
function mayStartDate(text: string, i: number, c: number): boolean {
  if (c >= 48 && c <= 57) {
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    const next = text.charCodeAt(j);
    if (DIGIT_FOLLOWERS.has(next) || ORDINAL_STARTS.has(next)) return true;
    if (!isSpace(next)) return false;
    const after = text.charCodeAt(j + 1);
    return DIGIT_FOLLOWERS.has(after) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122);
  }
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return WORD_STARTS.has(text.slice(i, i + 2).toLowerCase());
  // "(2024)": a bracketed year
  if (c === 40 || c === 0xff08) return /^[(（](?:19|20)\d{2}[)）]/.test(text.slice(i, i + 6));
  return ZH_STARTS.has(text.slice(i, i + 2));
}

/** Finds every date expression in `text[from, to)`, left to right, without overlaps. */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const out: DateMention[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const rules = BY_FIRST[c];
    // a date does not start inside a word, except a Chinese date glued to an English word ("on2024年5月27日received")
    const insideWord = i > 0 && isWordChar(c) && isWordChar(text.charCodeAt(i - 1)) && !(isDigit(c) && !isDigit(text.charCodeAt(i - 1)) && /^\d{4}年/.test(text.slice(i, i + 5)));
    if (!rules || insideWord || !mayStartDate(text, i, c)) {
      i++;
      continue;
    }
    let found: DateMention | null = null;
    for (const rule of rules) {
      rule.re.lastIndex = i;
      const m = rule.re.exec(text);
      if (!m || m.index + m[0].length > to) continue;
      const value = rule.read(m);
      if (value && valid(value)) {
        found = { start: i, end: i + m[0].length, ...value };
        break;
      }
    }
    if (found) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}

function valid(d: Omit<DateMention, "start" | "end">): boolean {
  if (d.year !== null && (d.year < 1990 || d.year > 2100)) return false;
  if (d.month !== null && (d.month < 1 || d.month > 12)) return false;
  if (d.day !== null && (d.day < 1 || d.day > 31)) return false;
  return true;
}

const pad = (v: number) => String(v).padStart(2, "0");

export function formatDate(year: number, month: number | null, day: number | null): PartialDate {
  if (month === null) return String(year);
  if (day === null) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function parseIso(date: PartialDate): { y: number; m: number | null; d: number | null } {
  const [y, m, d] = date.split("-").map(Number);
  return { y: y!, m: m ?? null, d: d ?? null };
}

function shiftDays(date: PartialDate, days: number): PartialDate {
  const { y, m, d } = parseIso(date);
  if (m === null || d === null) return date;
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return formatDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * The date a mention denotes. `published` resolves relative dates and completes a month-day without a
 * year (the latest such day not after publication); `anchor` (an explicit year-month stated earlier in
 * the document) completes it when the month matches. Otherwise a date without a year stays unknown.
 */
const POINTING_BACK: ReadonlySet<RelativeKind | null> = new Set(["then", "same_day", "same_month", "same_year", "following_month", "following_year"]);
/** A date that points back to one stated before ("同日", "同年5月", "that day", "the following month"): only the caller knows it. */
export const pointsBack = (d: DateMention): boolean => POINTING_BACK.has(d.relative);

export function resolveDate(d: DateMention, published: PartialDate | null, anchor: { year: number; month: number | null } | null): PartialDate | null {
  if (d.relative === null) {
    if (d.year !== null) return formatDate(d.year, d.month, d.day);
    if (d.month === null) return null;
    if (published) {
      const p = parseIso(published);
      if (p.m !== null) {
        const year = d.month > p.m + 1 ? p.y - 1 : p.y;
        return formatDate(year, d.month, d.day);
      }
    }
    if (anchor && (anchor.month === null || anchor.month === d.month)) return formatDate(anchor.year, d.month, d.day);
    return null;
  }
  // "同日", "同月", "同年", "the following month": the caller knows the date meant
  if (pointsBack(d) || !published) return null;
  const p = parseIso(published);
  switch (d.relative) {
    case "today":
    case "recent":
      return published;
    case "yesterday":
      return shiftDays(published, -1);
    case "this_week":
      return published;
    case "last_week": {
      // the Sunday that ended last week: an event of last week then falls in that week
      if (p.m === null || p.d === null) return p.m === null ? String(p.y) : formatDate(p.y, p.m, null);
      const weekday = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
      return shiftDays(published, -(weekday === 0 ? 7 : weekday));
    }
    case "this_month":
      return p.m === null ? String(p.y) : formatDate(p.y, p.m, null);
    case "last_month":
      return p.m === null ? null : p.m === 1 ? formatDate(p.y - 1, 12, null) : formatDate(p.y, p.m - 1, null);
    case "weekday":
    case "last_week_day": {
      if (p.m === null || p.d === null || d.day === null) return null;
      const today = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() || 7;
      // the latest such day on or before publication; 上周五: the Friday of the week before publication's
      const back = d.relative === "weekday" ? (today - d.day + 7) % 7 : today - d.day + 7;
      return shiftDays(published, -back);
    }
    case "this_year":
      return formatDate(p.y, d.month, d.day);
    case "last_year":
      return formatDate(p.y - 1, d.month, d.day);
    case "last_named_month":
      if (p.m === null || d.month === null) return null;
      return formatDate(d.month < p.m ? p.y : p.y - 1, d.month, d.day);
    default:
      return null;
  }
}
