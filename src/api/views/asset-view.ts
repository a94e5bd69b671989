import type { Document } from "../../domain/index.ts";
import type { Stage } from "../../store/event-query.ts";
import { AppError } from "../../shared/errors.ts";
import type { Store, StoredEvent } from "../../store/store.ts";
import { toEventItem, type EventItem } from "./event-item.ts";
import { furthestStage } from "../../domain/index.ts";
import { assetTimelines } from "../../pipeline/resolve.ts";

/** Characters of context shown around a source sentence. */
const CONTEXT = 160;

export type SourceExcerpt = {
  url: string | null;
  title: string | null;
  sentence: string;
  /** The document text around the sentence, with the sentence itself in `match` (to highlight). */
  excerpt: { before: string; match: string; after: string } | null;
};

export type TimelineEntry = EventItem & { sources: SourceExcerpt[] };

export type AssetView = {
  name: string;
  aliases: string[];
  companies: string[];
  modalities: string[];
  targets: string[];
  stage: Stage | null;
  /** "BTD ×2 (NMPA), Fast Track ×2 (FDA): 4 regulatory recognitions", once the store has been resolved. */
  recognitions: string | null;
  timeline: TimelineEntry[];
};

/** An asset's page: every event naming it (by name or alias), oldest first, each with its highlighted sources. */
export async function buildAssetView(store: Store, name: string): Promise<AssetView> {
  // When resolution has run, the asset is known by all its names (IBI363 = IBI-363 = 信达生物的IBI363), and events
  // that state the same fact (from several documents or sources) are one entry of the timeline.
  const timelines = await assetTimelines(store, name);
  const names = [...new Set([name, ...timelines.flatMap((t) => [t.asset.name, ...t.asset.aliases.map((a) => a.name)])])];
  const byId = new Map<number, StoredEvent>();
  for (const n of names) for (const e of await store.assetEvents(n)) byId.set(e.id, e);
  const events = [...byId.values()].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.id - b.id);
  if (events.length === 0) throw new AppError("not_found", `no events for asset ${name}`);
  const docs = new Map<string, Document | null>();
  const doc = async (id: string) => {
    if (!docs.has(id)) docs.set(id, await store.getDocument(id));
    return docs.get(id) ?? null;
  };
  const factOf = new Map<number, number>();
  for (const t of timelines) for (const fact of t.timeline) for (const id of fact.eventIds) factOf.set(id, fact.id);
  const timeline: TimelineEntry[] = [];
  const entryOfFact = new Map<number, TimelineEntry>();
  for (const e of events) {
    const fact = factOf.get(e.id);
    const existing = fact === undefined ? undefined : entryOfFact.get(fact);
    const sources: SourceExcerpt[] = existing?.sources ?? [];
    for (const s of e.sources) {
      const d = s.documentId ? await doc(s.documentId) : null;
      const [start, end] = s.span;
      const fits = d !== null && start <= end && end <= d.text.length;
      sources.push({
        url: s.url,
        title: s.title,
        sentence: s.sentence,
        excerpt: fits ? { before: d.text.slice(Math.max(0, start - CONTEXT), start), match: d.text.slice(start, end), after: d.text.slice(end, end + CONTEXT) } : null,
      });
    }
    if (existing) continue;
    const entry = { ...toEventItem(e), sources };
    if (fact !== undefined) entryOfFact.set(fact, entry);
    timeline.push(entry);
  }
  const uniq = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => Boolean(v)))];
  const canonical = timelines[0]?.asset.name ?? events[events.length - 1]!.asset;
  return {
    name: canonical,
    aliases: uniq([...events.map((e) => e.asset), ...events.flatMap((e) => e.asset_aliases)]).filter((a) => a !== canonical),
    companies: uniq(events.map((e) => e.company)),
    modalities: uniq(events.map((e) => e.modality)),
    targets: uniq(events.flatMap((e) => e.targets)),
    stage: furthestStage(timeline),
    recognitions: timelines.length ? timelines.map((t) => t.recognitions.summary).join("; ") : null,
    timeline,
  };
}
