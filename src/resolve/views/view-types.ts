import type { Alias, MergedFacts, Modality } from "../../domain/index.ts";
import type { Conflict, MergeNote } from "../types.ts";

/** A merged event as the views read it (the store's `StoredMergedEvent` has this shape). */
export type FactInput = MergedFacts & {
  companyEn: string | null;
  companyZh: string | null;
  conflicts: Conflict[];
  why: Array<Omit<MergeNote, "rule"> & { rule: string }>;
  modality: Modality | null;
  targets: string[];
  sources: Array<{ eventId: number; documentId: string | null; sourceId: string | null; recordId: string | null; url: string | null; title: string | null; published: string | null; sentence: string }>;
};

/** A resolved asset as the views read it (the store's `StoredAsset`). */
export type AssetInput = {
  id: string;
  name: string;
  companyId: string | null;
  companyEn: string | null;
  companyZh: string | null;
  modality: Modality | null;
  targets: string[];
  aliases: Alias[];
  why: Array<Omit<MergeNote, "rule"> & { rule: string }>;
};
