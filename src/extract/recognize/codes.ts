/**
 * Development codes of the shapes Chinese pipelines use: IBI363, SHR-A1811, BL-B01D1, SKB264, AK112,
 * HS-20093, JSKN003, TQB2102, GenSci139, NouvNeu004, ESO-T01, HRS-9821, 9MW2821, HS_SW01. A token is a
 * code when it has at least two digits and two capitals and is not an identifier of another kind
 * (trial and acceptance numbers, mutations, years, congress names, target names).
 */
export type CodeMention = { start: number; end: number; code: string };

const TOKEN = /[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){0,2}/g;
const NOT_CODES = [
  /^(?:CTR|NCT|ChiCTR|ISRCTN|EudraCT|JPRN|ACTRN)\d/i,
  /^[CJ][XYBZ][HSZ][LSB]\d{5,}/, // acceptance numbers (受理号)
  /^MR-\d{2}(?:-|$)/, // IIT registration numbers (MR-31-24-038917)
  /^(?:COVID|SARS|MERS|HIV|HBV|HCV|HPV|CMV|EBV|RSV|H\d+N\d+)/i,
  /^(?:ISO|GMP|GCP|ASCO|ESMO|AACR|WCLC|ASH|EHA|SABCS|ADA|EASL|AASLD|ACR|EULAR|ERA|ATS|ERS|SITC|CSCO|ESC|AHA|JPM|BIO|DIA|Q[1-4]|H[12]|PMID|DOI|IgG|IgA|IgM|IgE|ECOG|T\d+N\d+M?|CTCAE|RECIST|ICD|TNM|HbA1c|LDL|HDL|BMI|NYHA|USD|RMB|CNY|HKD|EUR)/i,
  /^(?:FY|CY)-?(?:\d{2}|(?:19|20)\d{2})$/i, // fiscal and calendar years (FY2025), not FY-3308
  /^(?:LBA|TPS)-?\d{1,5}$/, // congress abstract numbers: LBA1012, TPS3125
  /^[A-Z]\d{2,4}[A-Z]$/, // mutations: G12C, V600E, T790M
  /^(?:EASI|PASI|HiSCR|SRI|IGA|DAS|ACR|BICLA|SALT|CDAI|MADRS|HAMD|NRS)-?\d{1,3}$/i, // endpoints: EASI-75, PASI 90, HiSCR75
  /^\d{2,}/, // stock codes, years, numbers
  /^(?:19|20)\d{2}[A-Za-z]/, // 2024LP00973
  /^(?=[A-Z]{5,}-)(?:[B-DF-HJ-NP-TV-XZ]*[AEIOUY]){2}[A-Z]*-\d{1,3}[A-Z]?$/, // a study named by a word: HELIOS-301, ORIENT-11, GLORY-1 (codes are not words: ABBV-400)
];

const STUDY_APPOSITION = /^,\s(?:the|a|an)\s(?:(?:Ph ?[1-3][ab]?|phase (?:[1-3]|I{1,3})[ab]?(?:\/(?:[1-3]|I{1,3})[ab]?)?|pivotal|registrational|global|multicent(?:er|re)|randomi[sz]ed|confirmatory|open-label)\s)+(?:(?:trial|study)\s)?(?:of|evaluating|comparing|testing)\b/i;

const STUDY_BEFORE_APPOSITION = /\b(?:trial|study)\b[^.;,()]{0,80},\s$/i;
const IN_A_STUDY = /\b(?:dosed|enrolled|randomi[sz]ed) in\s$/i;
const THAT_STUDY_AFTER = /^\.\s(?:That|This|The) (?:study|trial)\b/;
function studyByContext(before: string, after: string): boolean {
  return (STUDY_BEFORE_APPOSITION.test(before) && after.startsWith(",")) || IN_A_STUDY.test(before) || THAT_STUDY_AFTER.test(after);
}

const ISOTOPE_PREFIX = /^(?:\d{2,3})?(?:Lu|Ga|Ac|Y|In|Cu|Zr|Tc|Pb|Th|Ra|I|F)-(?=[A-Z])/;
const SHORT_CODE = /^[A-Z]{2}-\d$/;
const ONE_LETTER_CODE = /^[A-Z]-\d{4}$/;
const DOSAGE_AFTER = /^\s?(?:片|胶囊|注射液|颗粒|tablets?\b|capsules?\b|injection\b)/i;
const DRUG_BEFORE = /(?:新药|药物|候选药物|产品|抑制剂|激动剂|单抗|抗体|疗法)\s?$/;

function hasDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function isCodeShape(token: string): boolean {
  if (token.length < 4 || token.length > 18) return false;
  let digits = 0;
  let capitals = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 65 && c <= 90) capitals++;
  }
  // one digit is enough only in the LETTERS-digit shape with three or more capitals (EXD-7); PD-1 and IL-2 are targets
  // (or LETTERS-letter-digit-letter, a code named after its target's abbreviation: YX-G5D; or LETTERS-WORD-digit: JY-NEO1)
  if (digits < 2 && !/^[A-Z]{3,5}-\d[A-Z]?$/.test(token) && !/^[A-Z]{2,4}-[A-Z]\d[A-Z]$/.test(token) && !/^[A-Z]{2,4}-[A-Z]{2,4}\d$/.test(token)) return false;
  if (capitals < 2) return false;
  const first = token.charCodeAt(0);
  // starts lower case: mRNA-1273 is not a Chinese-pipeline code; a lower-case letter glued to capitals and digits is (hNPC01, "human neural progenitor cells")
  if (first >= 97 && first <= 122 && !/^[a-z][A-Z]{2,}\d{2,}$/.test(token)) return false;
  return !NOT_CODES.some((re) => re.test(token));
}

/** Whether a token is two or more names joined by hyphens, each one the predicate knows ("GPRC5D-BCMA-CD3"; names may hold hyphens, "PD-L1-CD3"). */
// (each of three characters or more: "F2-F3" is a stage of fibrosis)
function joinsNames(token: string, isName: (token: string) => boolean): boolean {
  const known = (part: string) => part.length >= 3 && isName(part);
  const cuts = [...token.matchAll(/-/g)].map((m) => m.index);
  // joined[i]: token.slice(0, cuts[i]) is one or more names
  const joined: boolean[] = [];
  for (let i = 0; i <= cuts.length; i++) {
    const end = i < cuts.length ? cuts[i]! : token.length;
    joined[i] = known(token.slice(0, end)) && i < cuts.length;
    for (let k = 0; k < i && !joined[i]; k++) joined[i] = joined[k]! && known(token.slice(cuts[k]! + 1, end));
  }
  return joined[cuts.length] === true;
}

/**
 * Codes in text[from, to); `isOtherName` rejects tokens that are names of something else (targets), `isCompanyPrefix`
 * accepts a company's code prefix of three letters or more before a single digit ("GZR4" of GZR18's maker).
 */
export function findCodes(text: string, from: number, to: number, isOtherName: (token: string) => boolean, isCompanyPrefix: (letters: string) => boolean = () => false): CodeMention[] {
  const out: CodeMention[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let token = m[0];
    const start = m.index;
    // every code has a digit: most tokens (words) are dismissed at once
    if (!hasDigit(token)) continue;
    // (nor is a hashtag: "#SNMMI2026")
    if (start > 0 && /[A-Za-z0-9#]/.test(text[start - 1]!)) continue;
    // a radioligand's isotope before its code ("[177Lu]Lu-CRP-117", "177Lu-CRP-117", "[68Ga]Ga-XZ-12"): the code is the drug's name
    const isotope = ISOTOPE_PREFIX.exec(token);
    if (isotope && (text[start - 1] === "]" || /^\d/.test(token))) {
      const code = token.slice(isotope[0].length);
      if (isCodeShape(code)) out.push({ start: start + isotope[0].length, end: start + token.length, code });
      continue;
    }
    // a code glued to a dosage word, a hyphenated modality ("HER3-ADC") or a describing word ("B7-H4-directed") is
    // trimmed to its code part
    token = token.replace(/-(?:ADC|mAb|CAR-T|CAR)$/i, "").replace(/-[a-z]{3,}$/, "");
    if (start + token.length > to) continue;
    // "B7-H3ADC", "CD19CAR-T": a target's name glued to a modality word is a class of drugs, not a code
    // "1类新药HM-5（口服P-CAB类抑酸药）": two capitals and one digit are a code only where the text calls it a drug
    // (and one capital before four digits, "D-2570片", only where a dosage form follows it or the text calls it a drug)
    let short = (SHORT_CODE.test(token) && DRUG_BEFORE.test(text.slice(Math.max(0, start - 8), start))) || (ONE_LETTER_CODE.test(token) && (DRUG_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || DOSAGE_AFTER.test(text.slice(start + token.length, start + token.length + 12))));
    const prefixed = /^([A-Z]{3,5})-?\d[A-Z]?$/.exec(token);
    if (prefixed && isCompanyPrefix(prefixed[1]!)) short = true;
    if ((!short && !isCodeShape(token)) || isOtherName(token) || isOtherName(token.replace(/-?(?:ADC|mAb|CAR-?T|CAR)$/i, ""))) continue;
    // nor are targets joined by hyphens ("a GPRC5D-BCMA-CD3 trispecific", "PD-1-VEGF")
    if (joinsNames(token, isOtherName)) continue;
    // trial identifiers built on a drug code ("AK112-301", "BL-B01D1-LUNG101") are not drugs themselves
    // (a number after the hyphen that starts with 0 is a product's: "EXG102-031")
    if (/^[A-Z]+[-_]?[A-Z]?\d+[A-Z]?\d*-(?:[1-9]\d{2}|[A-Z]{3,}\d+)$/.test(token)) continue;
    // trial names in brackets after the word trial ("a Phase 3 trial (GLORY-3)"), or a word-and-number name right after
    // it ("III期临床研究ZEST-3")
    const afterTrialWord = /(?:trial|study|研究|试验)\s?([(（])?\s?$/i.exec(text.slice(Math.max(0, start - 12), start));
    if (afterTrialWord && (afterTrialWord[1] || /^[A-Z][A-Za-z]{3,}-\d{1,3}$/.test(token))) continue;
    // study names ("OptiTROP-Lung01 study", "HARMONi-A 研究", "GLORY-1等III期研究") are not drug codes
    // (and a word in capitals with a number after a short prefix, "WU-KONG1", "WU-KONG28"; or one with a part or cohort, "WU-KONG1 Part B study")
    if (/-[A-Z][a-z]{2,}\d*$/.test(token) || /^[A-Z]{2,}-[A-Z]{4,}\d{1,3}$/.test(token) || /^\s?(?:(?:Part|Cohort|Arm) [A-Z0-9]{1,2} )?(?:等\s?)?(?:(?:[IⅠⅡⅢ]{1,3}|[123])[ab]?期\s?|(?:phase|Ph) ?(?:[1-3]|I{1,3})[ab]? )?(?:临床)?(?:study|trial|studies|trials|research|研究|试验)(?!申请)|^\s?etc\.? (?:several |multiple |many |other )?(?:clinical )?(?:research|studies|trials)\b/i.test(text.slice(start + token.length, start + token.length + 26))) continue;
    // nor is an identifier a label names ("伦理批件号：TJ-IRB202504117", "备案号：…")
    if (/(?:批件号|备案号|登记号|受理号|注册号|批准文号|许可证号|编号)\s?[:：]?\s?$/.test(text.slice(Math.max(0, start - 8), start))) continue;
    // nor is a gene ("the human CYP4V2 gene", "CYP4V2基因")
    if (/^\s?(?:genes?\b(?!\s?(?:therap|editing|-edit))|基因(?!治疗|疗法|编辑))/.test(text.slice(start + token.length, start + token.length + 14))) continue;
    // nor is a study told by its apposition ("ORION-3, the Ph3 of OR-1207", "GLORY-2, a phase 3 trial of …")
    if (STUDY_APPOSITION.test(text.slice(start + token.length, start + token.length + 60))) continue;
    // (or by where it stands: "a phase 3 study in gastric cancer, G-HOPE-001, is enrolling", "the first patient was dosed in
    // CaDAnCe-302. That study compares …")
    if (studyByContext(text.slice(Math.max(0, start - 100), start), text.slice(start + token.length, start + token.length + 30))) continue;
    out.push({ start, end: start + token.length, code: token });
  }
  // a company's code prefix, a space and its number ("NCX 470" of Nicox)
  const spaced: CodeMention[] = [];
  SPACED_CODE.lastIndex = from;
  for (let m = SPACED_CODE.exec(text); m && m.index < to; m = SPACED_CODE.exec(text)) {
    if (m.index + m[0].length <= to && (m.index === 0 || !/[A-Za-z0-9-]/.test(text[m.index - 1]!)) && isCompanyPrefix(m[1]!)) spaced.push({ start: m.index, end: m.index + m[0].length, code: m[0] });
  }
  return spaced.length ? [...out, ...spaced].sort((a, b) => a.start - b.start) : out;
}
const SPACED_CODE = /\b([A-Z]{3,5}) (\d{3,4})\b(?![-.]\d)/g;
