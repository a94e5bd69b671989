import type { Lang } from "../../domain/index.ts";

/** Chinese when CJK ideographs make up at least a fifth as many characters as Latin letters; else English. */
export function detectLang(text: string): Lang {
  let cjk = 0;
  let latin = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return cjk * 5 >= latin ? (cjk > 0 ? "zh" : "en") : "en";
}
