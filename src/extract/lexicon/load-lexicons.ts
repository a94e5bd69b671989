import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { z } from "zod";
import { AppError } from "../../shared/errors.ts";
import {
  CompanyLexiconSchema,
  CueLexiconSchema,
  DrugLexiconSchema,
  TargetLexiconSchema,
  TriggerLexiconSchema,
  type CompanyLexicon,
  type CueLexicon,
  type DrugLexicon,
  type TargetLexicon,
  type TriggerLexicon,
} from "./schemas.ts";

export const DICTIONARIES = join(dirname(fileURLToPath(import.meta.url)), "../../../dictionaries");

export type Lexicons = {
  companies: CompanyLexicon;
  targets: TargetLexicon;
  drugs: DrugLexicon;
  triggers: TriggerLexicon;
  cues: CueLexicon;
};

/** Parses one lexicon's YAML text with its schema; a problem names the file, the entry path and what is wrong. */
export function parseLexicon<S extends z.ZodType>(name: string, text: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new AppError("invalid_input", `dictionary ${name}: not valid YAML: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("invalid_input", `dictionary ${name}: ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

/** Loads and validates every lexicon under `dir` (default: the repository's dictionaries/). */
export function loadLexicons(dir = DICTIONARIES): Lexicons {
  const read = <S extends z.ZodType>(file: string, schema: S) => parseLexicon(file, readFileSync(join(dir, file), "utf8"), schema);
  return {
    companies: read("companies.yaml", CompanyLexiconSchema),
    targets: read("targets.yaml", TargetLexiconSchema),
    drugs: read("drugs.yaml", DrugLexiconSchema),
    triggers: read("triggers.yaml", TriggerLexiconSchema),
    cues: read("cues.yaml", CueLexiconSchema),
  };
}
