import { STAGES, type Stage } from "../../store/event-query.ts";
import type { EventItem } from "./event-item.ts";

/**
 * The furthest development stage an event shows (the same rules as the landscape query in the store),
 * or null when it says nothing about the stage (a deal, a readout without phase).
 */
export function stageOf(e: Pick<EventItem, "type" | "phase">): Stage | null {
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

export function furthestStage(events: Array<Pick<EventItem, "type" | "phase">>): Stage | null {
  let best = -1;
  for (const e of events) {
    const s = stageOf(e);
    if (s !== null) best = Math.max(best, STAGES.indexOf(s));
  }
  return best < 0 ? null : (STAGES[best] ?? null);
}
