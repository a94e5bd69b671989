import type { EventType } from "../../domain/index.ts";

/** Short English labels of event types, as the timeline prints them. */
export const TYPE_LABELS: Record<EventType, string> = {
  ind_accepted: "IND accepted",
  ind_approved: "IND approved",
  btd: "BTD",
  priority_review: "Priority Review",
  conditional_approval: "Conditional approval",
  fast_track: "Fast Track",
  orphan_drug: "Orphan Drug",
  rmat: "RMAT",
  prime: "PRIME",
  nda_accepted: "NDA/BLA accepted",
  approval: "Approval",
  iit: "IIT",
  trial_start: "Trial start",
  data_readout: "Data readout",
  deal: "Deal",
  acquisition: "Acquisition",
};

/** Designations that count as regulatory recognitions. */
export const RECOGNITIONS: ReadonlySet<EventType> = new Set<EventType>(["btd", "priority_review", "fast_track", "orphan_drug", "rmat", "prime"]);

export { STAGES, stageOf, type Stage } from "../../domain/index.ts";

/** Regions of agencies: China (NMPA, the health commissions) or abroad; null for events without an agency. */
export function regionOf(agency: string | null): "china" | "abroad" | null {
  if (agency === null) return null;
  return agency === "NMPA" || agency === "NHC" ? "china" : "abroad";
}
