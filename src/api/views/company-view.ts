import type { Stage } from "../../store/event-query.ts";
import { AppError } from "../../shared/errors.ts";
import type { Store } from "../../store/store.ts";
import { toEventItem, type EventItem } from "./event-item.ts";
import { furthestStage } from "../../domain/index.ts";

export type PipelineAsset = { asset: string; stage: Stage | null; modality: string | null; targets: string[]; events: number; latest: { date: string | null; type: EventItem["type"] } };

export type CompanyView = { name: string; pipeline: PipelineAsset[]; events: EventItem[] };

/** A company's page: its assets with their furthest stage, and its events (as sponsor or counterparty), newest first. */
export async function buildCompanyView(store: Store, name: string): Promise<CompanyView> {
  const stored = await store.companyEvents(name);
  if (stored.length === 0) throw new AppError("not_found", `no events for company ${name}`);
  const events = stored.map(toEventItem);
  const byAsset = new Map<string, EventItem[]>();
  for (const e of events) {
    const key = e.asset.toLowerCase();
    byAsset.set(key, [...(byAsset.get(key) ?? []), e]);
  }
  const pipeline = [...byAsset.values()].map((list): PipelineAsset => {
    const last = list[list.length - 1]!;
    return {
      asset: last.asset,
      stage: furthestStage(list),
      modality: list.find((e) => e.modality)?.modality ?? null,
      targets: [...new Set(list.flatMap((e) => e.targets))],
      events: list.length,
      latest: { date: last.date, type: last.type },
    };
  });
  return { name: stored[0]!.company?.toLowerCase() === name.toLowerCase() ? stored[0]!.company! : name, pipeline, events: [...events].reverse() };
}
