import { parse } from "yaml";
import { z } from "zod";
import type { Result } from "../shared/result.ts";

const Names = z.array(z.string().trim().min(1)).min(2, "list at least two names");
const Ids = z.array(z.number().int().positive()).min(2, "list at least two event ids");
const reason = z.string().optional();

/** The user-editable overrides file (default ./dualtrack-overrides.yaml). See docs/resolve.md. */
export const OverridesSchema = z
  .object({
    version: z.literal(1),
    assets: z
      .object({
        /** These names are one drug (of `company` only, when given). */
        merge: z.array(z.object({ names: Names, company: z.string().min(1).optional(), reason }).strict()).default([]),
        /** These names are different drugs: never put any two of them in one asset. */
        split: z.array(z.object({ names: Names, company: z.string().min(1).optional(), reason }).strict()).default([]),
      })
      .strict()
      .default({ merge: [], split: [] }),
    companies: z
      .object({
        /** These names are one company (the first lexicon company among them, else the first name). */
        merge: z.array(z.object({ names: Names, reason }).strict()).default([]),
      })
      .strict()
      .default({ merge: [] }),
    events: z
      .object({
        /** These stored events state one fact. */
        merge: z.array(z.object({ ids: Ids, reason }).strict()).default([]),
        /** These stored events state different facts: never merge any two of them. */
        split: z.array(z.object({ ids: Ids, reason }).strict()).default([]),
      })
      .strict()
      .default({ merge: [], split: [] }),
  })
  .strict();
export type Overrides = z.infer<typeof OverridesSchema>;

export const EMPTY_OVERRIDES: Overrides = { version: 1, assets: { merge: [], split: [] }, companies: { merge: [] }, events: { merge: [], split: [] } };

/** Parses the overrides file's text. A problem is a value naming the entry and what is wrong. */
export function parseOverrides(text: string, file = "overrides"): Result<Overrides> {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    return { ok: false, error: `${file}: not valid YAML: ${(error as Error).message.split("\n")[0]}` };
  }
  if (raw === null || raw === undefined) return { ok: true, value: EMPTY_OVERRIDES };
  const parsed = OverridesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${file}: ${issue.path.join(".") || "(top)"}: ${issue.message}` };
  }
  return { ok: true, value: parsed.data };
}
