import { z } from "zod";
import { MODALITIES } from "./vocabularies.ts";

/** Where an alias was learned: a lexicon, a document, an official record or a user override. */
export const AliasOriginSchema = z.enum(["lexicon", "document", "record", "override"]);
export type AliasOrigin = z.infer<typeof AliasOriginSchema>;

export const AliasSchema = z.object({
  name: z.string().min(1),
  origin: AliasOriginSchema,
  /** Document or record id the alias came from, when it came from one. */
  sourceId: z.string().nullable(),
});
export type Alias = z.infer<typeof AliasSchema>;

/** A drug, whatever it is called: development code, INN, brand, Chinese name. */
export const AssetSchema = z.object({
  id: z.string(),
  name: z.string(),
  companyId: z.string().nullable(),
  modality: z.enum(MODALITIES).nullable(),
  targets: z.array(z.string()),
  aliases: z.array(AliasSchema),
});
export type Asset = z.infer<typeof AssetSchema>;

/** A company, in Chinese and English, with its code prefixes and parent. */
export const CompanySchema = z.object({
  id: z.string(),
  nameEn: z.string().nullable(),
  nameZh: z.string().nullable(),
  parentId: z.string().nullable(),
  aliases: z.array(AliasSchema),
});
export type Company = z.infer<typeof CompanySchema>;
