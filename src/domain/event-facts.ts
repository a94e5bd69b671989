import type { Agency, EventType, Modality, Phase, Status } from "./vocabularies.ts";

/** What an event states, as stores, reports, views and resolution read it (deal money in US dollars). */
export type FactFields = {
  type: EventType;
  status: Status | null;
  agency: Agency | null;
  date: string | null;
  indication: string | null;
  phase: Phase | null;
  counterparty: string | null;
  upfrontUsd: number | null;
  totalUsd: number | null;
};

/** The facts of one stated event, with the drug's modality and targets as the statement gave them. */
export type EventFacts = FactFields & { modality: Modality | null; targets: string[] };

/** One fact merged by resolution from the events that state it, with the designation dates official lists give. */
export type MergedFacts = FactFields & {
  /** The lowest member event id (stable across runs). */
  id: number;
  assetId: string;
  companyId: string | null;
  proposedDate: string | null;
  grantedDate: string | null;
  eventIds: number[];
  official: boolean;
};
