/**
 * Diseases a text names by an abbreviation it defines ("chronic rhinosinusitis with nasal polyps (CRSwNP)",
 * "新生血管性年龄相关性黄斑变性（nAMD）"), so that an indication told by the abbreviation alone ("adults with CRSwNP")
 * can be reported in full.
 */
import { surface, type Prepared } from "../text/prepare.ts";
import { DISEASE_WORDS } from "./indication.ts";

/** An abbreviation in brackets: two to eight letters, digits, slashes or hyphens, with at least two capitals; perhaps
 * quoted, as filings define terms ('idiopathic pulmonary fibrosis ("IPF")'), or after "R/R " ("(R/R MCL)"). */
const BRACKETED = /\(["“]?((?:[Rr]\/[Rr]\s)?[A-Za-z][A-Za-z0-9/-]{1,7})["”]?\)/g;
const CAPITALS = /[A-Z].*[A-Z]/;
/** Abbreviations of endpoints and of ways of dosing, never of a disease. */
const NOT_DISEASES = new Set(["PFS", "OS", "ORR", "DCR", "DOR", "DoR", "CR", "PR", "EFS", "DFS", "RFS", "TTP", "AE", "AEs", "TRAE", "TEAE", "SAE", "DLT", "MTD", "RP2D", "PK", "PD", "HR", "CI", "QD", "BID", "QW", "Q2W", "Q3W", "IV", "SC", "IRC", "BICR", "ITT", "IND", "NDA", "BLA", "BTD", "ADC", "MoA"]);
const ENGLISH_WORDS = /((?:[A-Za-z][A-Za-z0-9'/-]*\s){1,9})$/;
const EN_DISEASE_END = new RegExp(`(?:${[...DISEASE_WORDS, "polyps", "retinoschisis", "degeneration", "neuropathy", "myopathy", "nephritis", "hemoglobinuria", "dermatitis"].join("|")})$`, "i");
// (digits only inside the run: the 1 of "PD-L1阳性晚期非小细胞肺癌" belongs to the marker before it; and a capital
// only between two characters: "外周T细胞淋巴瘤")
const CJK_RUN = /[\u4e00-\u9fff](?:[\u4e00-\u9fff\d]|(?<=[\u4e00-\u9fff])[A-Z](?=[\u4e00-\u9fff])){1,23}$/;
/** The verbs, particles and qualifiers a Chinese disease name does not start with ("主攻难治性系统性红斑狼疮": 系统性红斑狼疮). */
const ZH_LEAD = /^.*(?:治疗|用于|适应症为|针对|主攻|聚焦|包括|例如|如|即|的|与|和|及|在|为|是|于|了|等)/;
const ZH_QUALIFIERS = /^(?:阳性|阴性|突变型?|局部晚期|晚期|转移性|或|和|、|复发|难治性|复发性|中重度|重度|轻中度|经治|初治|不可切除的?|不可手术切除的?)+/;
const ZH_DISEASE_END = /(?:癌|瘤|病|炎|症|综合征|狼疮|硬化|变性|纤维化|障碍|萎缩|疾病|损伤|感染|肥胖)$/;
const RELAPSED_OR_REFRACTORY = /\brelapsed(?:\/| or | and\/or )refractory\s[^().;]*$/i;
const NOT_LONG_FORM = /^(?:the|a|an|of|in|with|for|and)$/i;

type LongForms = Map<string, string>;

/** The disease each bracketed abbreviation of the text stands for, in the text's words. */
export function definedAbbreviations(p: Prepared): LongForms {
  const work = p.work;
  const out: LongForms = new Map();
  for (const m of work.matchAll(BRACKETED)) {
    const abbreviation = m[1]!;
    if (!CAPITALS.test(abbreviation) || NOT_DISEASES.has(abbreviation) || out.has(abbreviation)) continue;
    const end = m.index - (/\s$/.test(work.slice(0, m.index)) ? 1 : 0);
    const start = /[\u4e00-\u9fff]$/.test(work.slice(0, end)) ? chineseStart(work, end) : englishStart(work, end, abbreviation);
    if (start !== null) out.set(abbreviation, surface(p, start, end));
  }
  return out;
}

/** Where "难治性系统性红斑狼疮" starts before "（SLE）", past verbs and qualifiers; null unless it names a disease. */
function chineseStart(work: string, end: number): number | null {
  const run = CJK_RUN.exec(work.slice(Math.max(0, end - 24), end))?.[0];
  if (!run) return null;
  const long = run.replace(ZH_LEAD, "").replace(ZH_QUALIFIERS, "");
  return long.length >= 3 && ZH_DISEASE_END.test(long) ? end - long.length : null;
}

/** Where "hepatocellular carcinoma" starts before "(HCC)": the word starting with the abbreviation's first letter; null unless it names a disease. */
function englishStart(work: string, end: number, abbreviation: string): number | null {
  const before = work.slice(Math.max(0, end - 100), end) + " ";
  // ("relapsed or refractory mantle cell lymphoma (R/R MCL)": the pair of words the R/R stands for)
  const relapsed = /^[Rr]\/[Rr]\s/.test(abbreviation) ? RELAPSED_OR_REFRACTORY.exec(before) : null;
  if (relapsed) return end - (before.length - 1 - relapsed.index);
  const words = ENGLISH_WORDS.exec(before)?.[1]?.trim().split(/\s/) ?? [];
  if (!EN_DISEASE_END.test(words[words.length - 1] ?? "")) return null;
  const first = abbreviation[0]!.toLowerCase();
  for (let k = words.length - 1, n = 1; k >= 0 && n <= abbreviation.length + 2; k--, n++) {
    const word = words[k]!;
    if (NOT_LONG_FORM.test(word)) continue;
    // (the disease's own last word may share the letter: "generalized myasthenia gravis (gMG)")
    if (word[0]!.toLowerCase() !== first || n < 2) continue;
    return end - words.slice(k).join(" ").length;
  }
  return null;
}

/** An indication that names its disease only by an abbreviation the text defines, with the disease added ("adults with CRSwNP"). */
export function withLongForms(indication: string, defined: LongForms): string {
  if (indication.length > 30 || !defined.size) return indication;
  return indication.replace(/(?:[Rr]\/[Rr]\s)?[A-Za-z][A-Za-z0-9/-]{1,7}/g, (word, at: number) => {
    const long = defined.get(word);
    // (not when the disease is named already: "hepatocellular carcinoma (HCC)")
    if (!long || indication.includes(long) || indication[at - 1] === "(" || indication[at - 1] === "（") return word;
    return `${long} (${word})`;
  });
}
