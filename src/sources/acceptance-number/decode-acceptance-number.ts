import type { Result } from "../../shared/result.ts";

/**
 * The meaning of a CDE/NMPA acceptance number (受理号): 4 letters + 2-digit year + 5-digit sequence, with an
 * optional Chinese suffix naming the accepting office (国 = national, a province abbreviation, 军 = military).
 * Coding rules of the CDE "新受理号编码原则" (2005-03-07); see docs/sources.md.
 */
export type AcceptanceNumber = {
  /** The number without the office suffix, upper case: CXSL2400144. */
  number: string;
  /** Exactly what was decoded (after trimming and full-width → half-width). */
  input: string;
  origin: "domestic" | "imported";
  application: "new_drug" | "generic" | "supplement" | "re_registration";
  drugKind: "chemical" | "biological" | "tcm" | "excipient";
  stage: "clinical" | "marketing" | "supplement" | "re_registration" | "import_repackaging" | "review";
  /** Four-digit year of acceptance (20yy). */
  year: number;
  sequence: number;
  /** A sequence whose first digit is 9 marks special routes (e.g. BE-done generics). */
  specialRoute: boolean;
  /** The Chinese office suffix as written (国, 京, 苏 …), or null. */
  office: string | null;
  officeName: string | null;
  /** One-line readings, e.g. 境内生物制品临床申请 / domestic biological product, clinical trial application (IND). */
  summaryZh: string;
  summaryEn: string;
};

type Meaning<T extends string> = { value: T; zh: string; en: string };

const ORIGIN: Record<string, Meaning<AcceptanceNumber["origin"]>> = {
  C: { value: "domestic", zh: "境内", en: "domestic" },
  J: { value: "imported", zh: "境外", en: "imported" },
};
const APPLICATION: Record<string, Meaning<AcceptanceNumber["application"]>> = {
  X: { value: "new_drug", zh: "新药", en: "new drug" },
  Y: { value: "generic", zh: "仿制药", en: "generic" },
  B: { value: "supplement", zh: "补充申请", en: "supplement" },
  Z: { value: "re_registration", zh: "再注册", en: "re-registration" },
};
const DRUG_KIND: Record<string, Meaning<AcceptanceNumber["drugKind"]>> = {
  H: { value: "chemical", zh: "化学药品", en: "chemical drug" },
  S: { value: "biological", zh: "生物制品", en: "biological product" },
  Z: { value: "tcm", zh: "中药", en: "traditional Chinese medicine" },
  F: { value: "excipient", zh: "辅料", en: "excipient" },
};
const STAGE: Record<string, Meaning<AcceptanceNumber["stage"]>> = {
  L: { value: "clinical", zh: "临床试验申请", en: "clinical trial application (IND)" },
  S: { value: "marketing", zh: "上市申请", en: "marketing application (NDA/BLA)" },
  B: { value: "supplement", zh: "补充申请", en: "supplementary application" },
  Z: { value: "re_registration", zh: "再注册", en: "re-registration" },
  F: { value: "import_repackaging", zh: "进口分包装", en: "import repackaging" },
  R: { value: "review", zh: "复审", en: "re-examination" },
};

/** Accepting offices written after the number: the national centre, the army and the provincial bureaus. */
const OFFICES: Record<string, string> = {
  国: "national (NMPA/CDE)",
  军: "military",
  京: "Beijing", 津: "Tianjin", 沪: "Shanghai", 渝: "Chongqing", 冀: "Hebei", 豫: "Henan", 云: "Yunnan", 辽: "Liaoning",
  黑: "Heilongjiang", 湘: "Hunan", 皖: "Anhui", 鲁: "Shandong", 新: "Xinjiang", 苏: "Jiangsu", 浙: "Zhejiang", 赣: "Jiangxi",
  鄂: "Hubei", 桂: "Guangxi", 甘: "Gansu", 晋: "Shanxi", 蒙: "Inner Mongolia", 陕: "Shaanxi", 吉: "Jilin", 闽: "Fujian",
  贵: "Guizhou", 粤: "Guangdong", 青: "Qinghai", 藏: "Tibet", 川: "Sichuan", 宁: "Ningxia", 琼: "Hainan",
};

const letterError = (position: number, letter: string, allowed: Record<string, unknown>, what: string): string =>
  `letter ${position} (${what}) is "${letter}"; expected one of ${Object.keys(allowed).join(", ")}`;

/**
 * Decodes an acceptance number. Malformed numbers are rejected with a reason naming what is wrong.
 * Accepts lower case and full-width characters (ＣＸＳＬ２４００１４４) and surrounding spaces.
 */
export function decodeAcceptanceNumber(raw: string): Result<AcceptanceNumber, string> {
  const input = raw.normalize("NFKC").trim();
  if (input === "") return { ok: false, error: "empty acceptance number" };
  const m = /^([A-Za-z]*)(\d*)(.*)$/u.exec(input);
  const letters = (m?.[1] ?? "").toUpperCase();
  const digits = m?.[2] ?? "";
  const rest = m?.[3] ?? "";
  if (letters.length !== 4) return { ok: false, error: `expected 4 letters at the start, found ${letters.length} ("${letters}")` };
  const [l1, l2, l3, l4] = [...letters] as [string, string, string, string];
  const origin = ORIGIN[l1];
  if (!origin) return { ok: false, error: letterError(1, l1, ORIGIN, "domestic/imported") };
  const application = APPLICATION[l2];
  if (!application) return { ok: false, error: letterError(2, l2, APPLICATION, "application kind") };
  const kind = DRUG_KIND[l3];
  if (!kind) return { ok: false, error: letterError(3, l3, DRUG_KIND, "drug kind") };
  const stage = STAGE[l4];
  if (!stage) return { ok: false, error: letterError(4, l4, STAGE, "application stage") };
  if (digits.length !== 7) return { ok: false, error: `expected 7 digits (2-digit year + 5-digit sequence) after the letters, found ${digits.length}` };
  let office: string | null = null;
  if (rest !== "") {
    if (/\d|[A-Za-z]/.test(rest)) return { ok: false, error: `unexpected characters after the 7 digits: "${rest}"` };
    if (!(rest in OFFICES)) return { ok: false, error: `unknown office suffix "${rest}"; expected 国, 军 or a one-character province abbreviation` };
    office = rest;
  }
  const sequence = Number(digits.slice(2));
  if (sequence === 0) return { ok: false, error: "sequence 00000 does not exist (sequences start at 00001)" };
  const number = letters + digits;
  const summaryZh = `${origin.zh}${kind.zh}${l2 === "X" || l2 === "Y" ? application.zh : ""}${stage.zh}`;
  const summaryEn = `${origin.en} ${kind.en}, ${l2 === "B" || l2 === "Z" ? "" : application.en + ", "}${stage.en}`;
  return {
    ok: true,
    value: {
      number,
      input,
      origin: origin.value,
      application: application.value,
      drugKind: kind.value,
      stage: stage.value,
      year: 2000 + Number(digits.slice(0, 2)),
      sequence,
      specialRoute: digits[2] === "9",
      office,
      officeName: office ? (OFFICES[office] ?? null) : null,
      summaryZh,
      summaryEn,
    },
  };
}

/** The number without its office suffix when it decodes, else the trimmed input: the form CDE lists use. */
export function normalizeAcceptanceNumber(raw: string): string {
  const decoded = decodeAcceptanceNumber(raw);
  return decoded.ok ? decoded.value.number : raw.normalize("NFKC").trim().toUpperCase();
}
