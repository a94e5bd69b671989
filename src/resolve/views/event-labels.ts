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

/** Development stages, earliest first. */
export const STAGES = ["preclinical", "iit", "ind", "phase1", "phase2", "phase3", "nda", "approved"] as const;
export type Stage = (typeof STAGES)[number];

/** The furthest stage an event shows, or null when it says nothing about the stage. */
export function stageOf(e: { type: EventType; phase: string | null }): Stage | null {
  if (e.type === "approval" || e.type === "conditional_approval") return "approved";
  if (e.type === "nda_accepted" || e.type === "priority_review") return "nda";
  if (e.phase === "3" || e.phase === "2/3") return "phase3";
  if (e.phase === "2" || e.phase === "1/2" || e.phase === "1-3") return "phase2";
  if (e.phase === "1" || e.type === "trial_start") return "phase1";
  if (["ind_accepted", "ind_approved", "btd", "fast_track", "orphan_drug", "rmat", "prime"].includes(e.type)) return "ind";
  if (e.type === "iit") return "iit";
  if (e.phase === "preclinical") return "preclinical";
  return null;
}

/** Regions of agencies: China (NMPA, the health commissions) or abroad; null for events without an agency. */
export function regionOf(agency: string | null): "china" | "abroad" | null {
  if (agency === null) return null;
  return agency === "NMPA" || agency === "NHC" ? "china" : "abroad";
}
