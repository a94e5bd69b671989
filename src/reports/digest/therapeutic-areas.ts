import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { AppError, messageOf } from "../../shared/errors.ts";

export const THERAPEUTIC_AREAS_FILE = join(dirname(fileURLToPath(import.meta.url)), "../../../dictionaries/therapeutic-areas.yaml");

const AreaSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  en: z.string().min(1),
  zh: z.string().min(1),
  keywords: z.array(z.string().min(1)).min(1),
});

export const TherapeuticAreasSchema = z
  .strictObject({ version: z.literal(1), areas: z.array(AreaSchema).min(1) })
  .refine((d) => new Set(d.areas.map((a) => a.id)).size === d.areas.length, { message: "area ids must be unique" });
export type TherapeuticAreas = z.infer<typeof TherapeuticAreasSchema>;
export type TherapeuticArea = TherapeuticAreas["areas"][number];

/** Area id for an indication that matches no keyword, and for an event with no indication. */
export const UNCLASSIFIED = "unclassified";
export const NOT_STATED = "not_stated";

/** Classifies indications (Chinese or English) into therapeutic areas. Pure; the first matching area wins. */
export type AreaClassifier = {
  areas: TherapeuticArea[];
  classify(indication: string | null): string;
  label(id: string, lang: "en" | "zh"): string;
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isLatin = (s: string): boolean => /^[\x20-\x7e]+$/.test(s);
const isAcronym = (s: string): boolean => /^[A-Z0-9-]+$/.test(s) && /[A-Z]/.test(s);

function matcherOf(keyword: string): (text: string) => boolean {
  if (!isLatin(keyword)) return (text) => text.includes(keyword);
  const pattern = isAcronym(keyword) ? new RegExp(`(?<![A-Za-z0-9])${escape(keyword)}(?![A-Za-z0-9])`) : new RegExp(`(?<![A-Za-z0-9])${escape(keyword)}`, "i");
  return (text) => pattern.test(text);
}

const OTHER_LABELS: Record<string, { en: string; zh: string }> = {
  [UNCLASSIFIED]: { en: "unclassified", zh: "未分类" },
  [NOT_STATED]: { en: "not stated", zh: "未说明" },
};

export function createAreaClassifier(data: TherapeuticAreas): AreaClassifier {
  const compiled = data.areas.map((area) => ({ id: area.id, tests: area.keywords.map(matcherOf) }));
  const byId = new Map(data.areas.map((a) => [a.id, a]));
  return {
    areas: data.areas,
    classify(indication) {
      const text = indication?.normalize("NFKC").trim();
      if (!text) return NOT_STATED;
      return compiled.find((area) => area.tests.some((test) => test(text)))?.id ?? UNCLASSIFIED;
    },
    label(id, lang) {
      return byId.get(id)?.[lang] ?? OTHER_LABELS[id]?.[lang] ?? id;
    },
  };
}

/** Parses the dictionary text (unknown YAML) into areas, or explains what is wrong. */
export function parseTherapeuticAreas(text: string): { ok: true; value: TherapeuticAreas } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    return { ok: false, error: `not YAML: ${messageOf(error)}` };
  }
  const parsed = TherapeuticAreasSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  return { ok: true, value: parsed.data };
}

let cached: AreaClassifier | null = null;

/** Loads and validates dictionaries/therapeutic-areas.yaml once; a broken dictionary ends the command. */
export function loadAreaClassifier(file = THERAPEUTIC_AREAS_FILE): AreaClassifier {
  if (cached && file === THERAPEUTIC_AREAS_FILE) return cached;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new AppError("internal", `cannot read ${file}: ${messageOf(error)}`, { cause: error });
  }
  const parsed = parseTherapeuticAreas(text);
  if (!parsed.ok) throw new AppError("internal", `invalid ${file}: ${parsed.error}`);
  const classifier = createAreaClassifier(parsed.value);
  if (file === THERAPEUTIC_AREAS_FILE) cached = classifier;
  return classifier;
}
