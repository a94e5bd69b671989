import * as OpenCC from "opencc-js";
import { ZH_SALTS } from "../domain/index.ts";

let toSimplified: ((s: string) => string) | null = null;
const simplified = new Map<string, string>();

/** Traditional Chinese made simplified (澤尼達妥單抗 → 泽尼达妥单抗); memoised, since names repeat. */
export function simplify(text: string): string {
  if (!/[\u3400-\u9fff]/.test(text)) return text;
  const known = simplified.get(text);
  if (known !== undefined) return known;
  const convert = (toSimplified ??= OpenCC.Converter({ from: "tw", to: "cn" }));
  const out: string = convert(text);
  if (simplified.size > 200_000) simplified.clear();
  simplified.set(text, out);
  return out;
}

const ZH_FORMS = /(?:细胞注射液|注射液|注射剂|注射用浓溶液|软胶囊|肠溶胶囊|肠溶片|缓释片|控释片|分散片|胶囊|片|颗粒|口服溶液|口服液|干混悬剂|滴眼液|吸入剂|喷雾剂|乳膏|凝胶)$/;
const EN_FORMS = /\s(?:for injection|injection|tablets?|capsules?|oral solution|for oral suspension)$/i;
const SALTS = new RegExp(`^(?:${ZH_SALTS.join("|")})(?=[\\u4e00-\\u9fff]{2})`);

/**
 * The name without its dosage-form wrapper or salt: 注射用BL-B01D1 → BL-B01D1, 索托克拉片 → 索托克拉,
 * 盐酸吉卡昔替尼片 → 吉卡昔替尼, "X injection" → X, HS_SW01细胞注射液 → HS_SW01. A descriptive cell product keeps 细胞
 * (人脐带间充质干细胞注射液 → 人脐带间充质干细胞).
 */
export function stripDosageForm(name: string): string {
  let out = name.trim();
  for (let i = 0; i < 2; i++) {
    out = out
      .replace(/^注射用\s?/, "")
      .replace(ZH_FORMS, (m, at: number, whole: string) => (m.startsWith("细胞") && !isCode(whole.slice(0, at)) ? "细胞" : ""))
      .replace(EN_FORMS, "")
      .replace(SALTS, "")
      .trim();
  }
  return out || name.trim();
}

/**
 * The identity key of a drug name: simplified Chinese, NFKC, no dosage form, lower case, without spaces,
 * hyphens, underscores, dots, apostrophes, parentheses or marks. IBI-363 = IBI 363 = ibi363; 注射用 HDM2005 = hdm2005.
 */
export function nameKey(name: string): string {
  // "信达生物的IBI363": a company's possessive before a code is not part of the name
  const folded = simplify(name.normalize("NFKC"))
    .replace(/\s+/g, " ")
    .replace(/^[\u4e00-\u9fff]{2,12}的\s?(?=[A-Za-z]{1,6}[-_ ]?\d)/, "");
  return stripDosageForm(folded)
    .toLowerCase()
    .replace(/[\s\-_.·'’()（）®™α]/g, (c) => (c === "α" ? "a" : ""));
}

/** A development code: letters then digits, possibly hyphenated (IBI363, BL-B01D1, HS_SW01, SHR-A1811). */
export function isCode(name: string): boolean {
  return /^[A-Za-z]{1,6}[-_ ]?[A-Za-z]{0,3}\d[\w-]*$/.test(name.trim());
}

/** The letter prefix of a code, upper case: IBI363 → IBI, BL-B01D1 → BL, SHR-A1811 → SHR. */
export function codePrefix(name: string): string | null {
  const m = /^([A-Za-z]{1,6})[-_ ]?[A-Za-z]?\d/.exec(name.trim());
  return m ? m[1]!.toUpperCase() : null;
}

/** Company-name key: simplified, NFKC, lower case, without spaces and punctuation. */
export function companyKey(name: string): string {
  return simplify(name.normalize("NFKC"))
    .toLowerCase()
    .replace(/[\s\-_.,·'’()（）&®™]/g, "");
}
