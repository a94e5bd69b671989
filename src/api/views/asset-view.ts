import type { Document } from "../../domain/index.ts";
import type { Stage } from "../../store/event-query.ts";
import { AppError } from "../../shared/errors.ts";
import type { Store } from "../../store/store.ts";
import { toEventItem, type EventItem } from "./event-item.ts";
import { furthestStage } from "./stage.ts";

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
  timeline: TimelineEntry[];
};

/** An asset's page: every event naming it (by name or alias), oldest first, each with its highlighted sources. */
export async function buildAssetView(store: Store, name: string): Promise<AssetView> {
  const events = await store.assetEvents(name);
  if (events.length === 0) throw new AppError("not_found", `no events for asset ${name}`);
  const docs = new Map<string, Document | null>();
  const doc = async (id: string) => {
    if (!docs.has(id)) docs.set(id, await store.getDocument(id));
    return docs.get(id) ?? null;
  };
  const timeline: TimelineEntry[] = [];
  for (const e of events) {
    const sources: SourceExcerpt[] = [];
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
    timeline.push({ ...toEventItem(e), sources });
  }
  const uniq = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => Boolean(v)))];
  const canonical = events[events.length - 1]!.asset;
  return {
    name: canonical,
    aliases: uniq([...events.map((e) => e.asset), ...events.flatMap((e) => e.asset_aliases)]).filter((a) => a !== canonical),
    companies: uniq(events.map((e) => e.company)),
    modalities: uniq(events.map((e) => e.modality)),
    targets: uniq(events.flatMap((e) => e.targets)),
    stage: furthestStage(timeline),
    timeline,
  };
}
