import type { EventType } from "./vocabularies.ts";

/** Development stages, earliest first (the landscape grid, an asset's furthest stage). */
export const STAGES = ["preclinical", "iit", "ind", "phase1", "phase2", "phase3", "nda", "approved"] as const;
export type Stage = (typeof STAGES)[number];

const IND_STAGE: readonly EventType[] = ["ind_accepted", "ind_approved", "btd", "fast_track", "orphan_drug", "rmat", "prime"];

/**
 * The furthest development stage an event shows, or null when it says nothing about the stage (a deal, a
 * readout without phase). The store's landscape query mirrors these rules in SQL.
 */
export function stageOf(e: { type: EventType; phase: string | null }): Stage | null {
  if (e.type === "approval" || e.type === "conditional_approval") return "approved";
  if (e.type === "nda_accepted" || e.type === "priority_review") return "nda";
  if (e.phase === "3" || e.phase === "2/3") return "phase3";
  if (e.phase === "2" || e.phase === "1/2" || e.phase === "1-3") return "phase2";
  if (e.phase === "1" || e.type === "trial_start") return "phase1";
  if (IND_STAGE.includes(e.type)) return "ind";
  if (e.type === "iit") return "iit";
  if (e.phase === "preclinical") return "preclinical";
  return null;
}

/** The furthest stage any of the events shows. */
export function furthestStage(events: Array<{ type: EventType; phase: string | null }>): Stage | null {
  let best = -1;
  for (const e of events) {
    const s = stageOf(e);
    if (s !== null) best = Math.max(best, STAGES.indexOf(s));
  }
  return best < 0 ? null : (STAGES[best] ?? null);
}
