import type { Alias, EventType, MergedFacts, Modality, ResolveEvent } from "../domain/index.ts";

/** One stored event as resolution reads it: the domain's `ResolveEvent`, with the designation dates and sentences always read. */
export type ResolutionEventRow = ResolveEvent & { proposedDate: string | null; grantedDate: string | null; sentences: string[] };

/** Why names, companies or events were merged (rule, what, from where). */
export type ResolutionNote = { rule: string; detail: string; sourceId: string | null };
export type ResolutionConflict = {
  field: string;
  chosen: string | number | null;
  values: Array<{ value: string | number | null; eventIds: number[]; sources: string[]; official: boolean }>;
};

/** What a resolution run writes. Replaces the previous run's assets, companies, links and merged events. */
export type ResolutionWrite = {
  companies: Array<{ id: string; nameEn: string | null; nameZh: string | null; parentId: string | null; aliases: Alias[] }>;
  /** Asset aliases carry their identity key (`key`), by which `findAssets` looks names up. */
  assets: Array<{ id: string; name: string; companyId: string | null; modality: Modality | null; targets: string[]; aliases: Array<Alias & { key: string }>; why: ResolutionNote[] }>;
  links: Array<{ eventId: number; assetId: string; companyId: string | null }>;
  merged: Array<MergedFacts & {
    conflicts: ResolutionConflict[];
    why: ResolutionNote[];
  }>;
  warnings: string[];
};

export type ResolutionRun = { fingerprint: string; startedAt: string; finishedAt: string; events: number; assets: number; companies: number; merged: number; warnings: string[] };

/** A resolved asset with its owner's names. */
export type StoredAsset = {
  id: string;
  name: string;
  companyId: string | null;
  companyEn: string | null;
  companyZh: string | null;
  modality: Modality | null;
  targets: string[];
  aliases: Alias[];
  why: ResolutionNote[];
};

/** One source of a merged event: a document (title, link, publication date) or an official record. */
export type MergedEventSource = {
  eventId: number;
  documentId: string | null;
  sourceId: string | null;
  recordId: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  sentence: string;
};

/** A merged event as commands read it. */
export type StoredMergedEvent = ResolutionWrite["merged"][number] & {
  companyEn: string | null;
  companyZh: string | null;
  /** Modality and targets of the stored events (first stated). */
  modality: Modality | null;
  targets: string[];
  sources: MergedEventSource[];
};

export type MergedEventQuery = { assetIds?: string[]; types?: EventType[] };
