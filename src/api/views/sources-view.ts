import type { SourceState } from "../../domain/index.ts";
import type { Store } from "../../store/store.ts";

export type SourcesView = { sources: SourceState[]; blocked: number; events: number; documents: number };

/** Sync status of the official sources, and what the store holds. */
export async function buildSourcesView(store: Store): Promise<SourcesView> {
  const [sources, events, documents] = await Promise.all([store.getSourceStates(), store.queryEvents({}, { limit: 0, offset: 0 }), store.countDocuments()]);
  return { sources, blocked: sources.filter((s) => s.blocked).length, events: events.total, documents };
}
