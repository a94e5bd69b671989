/**
 * Single-spaced, trimmed text with full-width letters, digits and spaces made half-width. Chinese punctuation
 * (（）、；) is kept as written, so company names stay exactly as the site writes them.
 */
export function cleanText(value: string | null | undefined): string {
  return (value ?? "")
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0d]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u00a0\u3000]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Null for empty strings and placeholders (－－－－, --, 无, 企业选择不公示). */
export function nullable(value: string | null | undefined): string | null {
  const text = cleanText(value);
  if (text === "" || /^[-－—–]+$/.test(text) || text === "无" || text === "/" || text === "企业选择不公示") return null;
  return text;
}

/** Applicants joined by `;` (or `&nbsp;` runs, 、 or ，) → distinct names in order. English commas are kept ("EsoBiotec, Inc."). */
export function splitCompanies(value: string | null | undefined): string[] {
  const out: string[] = [];
  // Chinese names hold no spaces, so a space between two Chinese names separates them (&nbsp; runs on NMPA pages).
  for (const part of (value ?? "").replace(/\u00a0/g, " ").split(/[;；、，]|\s{2,}|(?<=[\u4e00-\u9fff）)])\s+(?=[\u4e00-\u9fff（(])/)) {
    const name = cleanText(part);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

const DOSAGE_PREFIX = /^(注射用|吸入用|外用|口服)/;
const DOSAGE_SUFFIX =
  /(注射液|注射剂|冻干粉针|混悬液|胶囊|片|颗粒|口服溶液|口服液|乳膏|凝胶|滴眼液|喷雾剂|吸入剂|贴剂|软膏|丸|散|糖浆|栓|缓释片|肠溶片|分散片|干混悬剂|溶液|细胞注射液)$/;

/**
 * A matching key for an asset name: half-width, lower case, no spaces or hyphens, without the dosage form
 * (注射用BL-B01D1 and BL-B01D1注射液 → bl b01d1 → "blb01d1"). Used to find earlier events of the same asset.
 */
export function assetKey(name: string): string {
  let text = cleanText(name).normalize("NFKC").replace(/[（(][^）)]*[）)]/g, "");
  for (let i = 0; i < 2; i++) text = text.replace(DOSAGE_PREFIX, "").replace(DOSAGE_SUFFIX, "");
  return text.toLowerCase().replace(/[\s\-_·]/g, "");
}
