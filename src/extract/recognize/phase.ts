import type { Phase } from "../../domain/index.ts";

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, "1": 1, "2": 2, "3": 3, "ⅰ": 1, "ⅱ": 2, "ⅲ": 3, "Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3 };
const NUM = "(III|II|I|Ⅲ|Ⅱ|Ⅰ|[123])";
const EN = new RegExp(`\\bphase\\s?${NUM}[ab]?(?:\\s?(?:/|-|and|to)\\s?${NUM}[ab]?)?(?:\\s?(?:/|-)\\s?${NUM}[ab]?)?(?![A-Za-z0-9])`, "gi");
const ZH = new RegExp(`(?<![A-Za-z0-9.第])${NUM}[ab]?(?:\\s?[/／-]\\s?${NUM}[ab]?)?(?:\\s?[/／-]\\s?${NUM}[ab]?)?\\s?期`, "gi");
// "the II phase clinical trial": II期临床试验 machine-translated word for word
const EN_AFTER = new RegExp(`\\b${NUM}[ab]?(?:\\s?/\\s?${NUM}[ab]?)? phase (?=clinical|trial|study)`, "gi");
const PRECLINICAL = /临床前|preclinical|pre-clinical/gi;

export type PhaseMention = { start: number; end: number; phase: Phase };

function toPhase(parts: Array<string | undefined>): Phase | null {
  const nums = parts.filter((p): p is string => p !== undefined).map((p) => ROMAN[p.toLowerCase()] ?? ROMAN[p]);
  if (nums.some((v) => v === undefined)) return null;
  const [a, b, c] = nums as number[];
  if (c !== undefined || (a === 1 && b === 3)) return "1-3";
  if (b === undefined || a === b) return String(a) as Phase;
  const key = `${Math.min(a!, b)}/${Math.max(a!, b)}`;
  return key === "1/2" || key === "2/3" ? key : null;
}

/** Trial phases stated in text[from, to): "Phase II", "Ⅲ期", "I/II期", "Phase 1b/2", 临床前. */
export function findPhases(text: string, from = 0, to = text.length): PhaseMention[] {
  const slice = text.slice(from, to);
  const out: PhaseMention[] = [];
  const lower = slice.toLowerCase();
  for (const re of [EN, EN_AFTER, ZH]) {
    if (!lower.includes(re === ZH ? "期" : "phase")) continue;
    for (const m of slice.matchAll(re)) {
      const phase = toPhase([m[1], m[2], m[3]]);
      if (phase) out.push({ start: from + m.index, end: from + m.index + m[0].length, phase });
    }
  }
  if (lower.includes("临床前") || lower.includes("clinical")) for (const m of slice.matchAll(PRECLINICAL)) out.push({ start: from + m.index, end: from + m.index + m[0].length, phase: "preclinical" });
  return out.sort((a, b) => a.start - b.start);
}
