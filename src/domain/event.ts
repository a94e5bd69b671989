import { z } from "zod";
import { AGENCIES, EVENT_TYPES, LANGS, MODALITIES, PHASES, STATUSES } from "./vocabularies.ts";

/** A date as precise as the text gives it: YYYY-MM-DD, YYYY-MM or YYYY. */
export const PartialDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** One event exactly as `shared/spec/event-schema.md` defines it (the `extract --json` shape). */
export const EventSchema = z.object({
  asset: z.string().min(1),
  asset_aliases: z.array(z.string()),
  company: z.string().nullable(),
  type: z.enum(EVENT_TYPES),
  status: z.enum(STATUSES).nullable(),
  agency: z.enum(AGENCIES).nullable(),
  date: PartialDateSchema.nullable(),
  indication: z.string().nullable(),
  modality: z.enum(MODALITIES).nullable(),
  targets: z.array(z.string()),
  phase: z.enum(PHASES).nullable(),
  counterparty: z.string().nullable(),
  upfront_usd: z.number().nonnegative().nullable(),
  total_usd: z.number().nonnegative().nullable(),
});
export type Event = z.infer<typeof EventSchema>;

/** Where an event was read: the sentence, its character span in the document text, and who read it. */
export const ProvenanceSchema = z.object({
  documentId: z.string(),
  sentence: z.string(),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  extractorVersion: z.string(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** An event together with its provenance, as the extractor hands it to the store. */
export const SourcedEventSchema = EventSchema.extend({ provenance: ProvenanceSchema });
export type SourcedEvent = z.infer<typeof SourcedEventSchema>;

/** The file `extract --json` writes for one document. */
export const ExtractionSchema = z.object({
  doc: z.string(),
  lang: z.enum(LANGS),
  published: PartialDateSchema.nullable(),
  events: z.array(EventSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
