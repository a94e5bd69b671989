import type { Alias, MergedFacts, Modality } from "../domain/index.ts";

export type { ResolveEvent } from "../domain/index.ts";

/** Why two names, companies or events were put together (or kept apart). */
export type MergeNote = {
  rule: MergeRule;
  /** What was joined, as the user reads it: "IBI-363 = IBI363". */
  detail: string;
  /** Document or record the evidence came from, when one did. */
  sourceId: string | null;
};

export const MERGE_RULES = [
  "same_code",
  "dosage_form",
  "stated_together",
  "lexicon",
  "owner_inferred",
  "override_merge",
  "override_split",
  "refused_other_company",
  "same_fact",
  "status_progression",
  "date_refinement",
  "conflict",
] as const;
export type MergeRule = (typeof MERGE_RULES)[number];

export type ResolvedCompany = {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  parentId: string | null;
  aliases: Alias[];
};

export type ResolvedAsset = {
  id: string;
  /** Display name: a development code when there is one, else an INN, brand or Chinese name. */
  name: string;
  /** The owner (root company, parents above subsidiaries), null when no source says. */
  companyId: string | null;
  modality: Modality | null;
  targets: string[];
  /** Every name, with where it was learned and its identity key (IBI-363 → ibi363). */
  aliases: Array<Alias & { key: string }>;
  why: MergeNote[];
};

/** One value of a field that sources disagree on, with the events and sources that state it. */
export type ConflictValue = { value: string | number | null; eventIds: number[]; sources: string[]; official: boolean };
export type Conflict = { field: string; chosen: string | number | null; values: ConflictValue[] };

/** One fact stated by one or more events: the chosen values, the members and the disagreements. */
export type MergedEvent = MergedFacts & {
  sources: string[];
  conflicts: Conflict[];
  why: MergeNote[];
};

/** The outcome of a resolution run. Problems (an override naming nothing) are values in `warnings`. */
export type Resolution = {
  companies: ResolvedCompany[];
  assets: ResolvedAsset[];
  /** For each input event (same order): its asset id and company id. */
  links: Array<{ eventId: number; assetId: string; companyId: string | null }>;
  merged: MergedEvent[];
  warnings: string[];
};
