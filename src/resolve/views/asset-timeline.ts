import type { Agency, EventType } from "../../domain/index.ts";
import { compareDates } from "../partial-date.ts";
import { RECOGNITIONS, TYPE_LABELS } from "./event-labels.ts";
import type { AssetInput, FactInput } from "./view-types.ts";

export type Recognition = { type: EventType; agency: Agency | null; label: string; count: number };

/** One asset's knowledge: identity, aliases, recognitions and every fact in date order with its sources. */
export type AssetTimeline = {
  asset: AssetInput;
  recognitions: { items: Recognition[]; total: number; summary: string };
  timeline: FactInput[];
};

/**
 * Counts granted (or unqualified) designations by type and agency: "BTD ×2 (NMPA), Fast Track ×2 (FDA):
 * 4 regulatory recognitions". A designation only proposed (拟纳入) is not counted.
 */
export function countRecognitions(facts: FactInput[]): AssetTimeline["recognitions"] {
  const counts = new Map<string, Recognition>();
  for (const f of facts) {
    if (!RECOGNITIONS.has(f.type) || f.status === "proposed") continue;
    const key = `${f.type}|${f.agency ?? ""}`;
    const r = counts.get(key) ?? { type: f.type, agency: f.agency, label: TYPE_LABELS[f.type], count: 0 };
    r.count++;
    counts.set(key, r);
  }
  const order = [...RECOGNITIONS];
  const items = [...counts.values()].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type) || String(a.agency).localeCompare(String(b.agency)));
  const total = items.reduce((n, r) => n + r.count, 0);
  const summary =
    total === 0 ? "no regulatory recognitions" : `${items.map((r) => `${r.label} ×${r.count}${r.agency ? ` (${r.agency})` : ""}`).join(", ")}: ${total} regulatory recognition${total === 1 ? "" : "s"}`;
  return { items, total, summary };
}

/** The timeline of an asset: its facts across agencies and both tracks, oldest first (undated last). */
export function buildAssetTimeline(asset: AssetInput, facts: FactInput[]): AssetTimeline {
  const timeline = facts.filter((f) => f.assetId === asset.id).sort((a, b) => compareDates(a.date, b.date) || a.id - b.id);
  return { asset, recognitions: countRecognitions(timeline), timeline };
}
