import { z } from "zod";
import { AGENCIES, EVENT_TYPES, MODALITIES, STATUSES } from "../../domain/index.ts";

/** A regular-expression source, compiled when the lexicon loads so a bad pattern fails at load time. */
const RegexSource = z.string().refine(
  (s) => {
    try {
      new RegExp(s, "iu");
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid regular expression" },
);

const names = z.array(z.string().min(1)).default([]);

export const CompanyLexiconSchema = z.object({
  version: z.literal(1),
  companies: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      en: names,
      zh: names,
      abbr: names,
      /** Word-for-word machine translations of the Chinese name ("Constant Auspicious Medicine" for 恒瑞医药): recognised, reported only when the text writes no other name of the company. */
      mt: names,
      prefixes: names,
      country: z.string().length(2).optional(),
      parent: z.string().optional(),
    }),
  ),
});
export type CompanyLexicon = z.infer<typeof CompanyLexiconSchema>;

export const TargetLexiconSchema = z.object({
  version: z.literal(1),
  // (a family's entry names its members: "pan-TEAD" is TEAD1, TEAD2, TEAD3 and TEAD4)
  targets: z.array(z.object({ symbol: z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/), names, members: z.array(z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/)).min(2).optional() })),
});
export type TargetLexicon = z.infer<typeof TargetLexiconSchema>;

export const DrugLexiconSchema = z.object({
  version: z.literal(1),
  drugs: z.array(
    z.object({
      id: z.string().min(1),
      codes: names,
      inn: names,
      zh: names,
      brands: names,
      company: z.string().optional(),
      modality: z.enum(MODALITIES).nullable().optional(),
      targets: z.array(z.string()).default([]),
    }),
  ),
});
export type DrugLexicon = z.infer<typeof DrugLexiconSchema>;

export const TriggerLexiconSchema = z.object({
  version: z.literal(1),
  triggers: z.array(
    z.object({
      type: z.enum(EVENT_TYPES),
      status: z.enum(STATUSES).optional(),
      agency: z.enum(AGENCIES).optional(),
      patterns: z.array(RegexSource).min(1),
    }),
  ),
});
export type TriggerLexicon = z.infer<typeof TriggerLexiconSchema>;

export const CueLexiconSchema = z.object({
  version: z.literal(1),
  modalities: z.array(z.object({ modality: z.enum(MODALITIES), patterns: z.array(RegexSource).min(1) })),
  plans: z.array(RegexSource),
  pending: z.array(RegexSource),
  negations: z.array(RegexSource),
  hearsay: z.array(RegexSource),
  withdrawals: z.array(RegexSource),
  disclaimers: z.array(RegexSource),
  history: z.array(RegexSource),
  // (null: a regulator the schema has no value for, Health Canada or Hong Kong's Department of Health)
  agencies: z.array(z.object({ agency: z.enum(AGENCIES).nullable(), patterns: z.array(RegexSource).min(1) })),
  sections: z.array(z.object({ types: z.array(z.enum(EVENT_TYPES)).min(1), patterns: z.array(RegexSource).min(1) })),
});
export type CueLexicon = z.infer<typeof CueLexiconSchema>;
