import { RECOGNITION_TYPES, type EventType, type Modality } from "../../domain/index.ts";
import type { Store } from "../../store/store.ts";
import { toRow } from "../digest/build-digest.ts";
import type { DigestRow, SourceRef } from "../digest/digest-model.ts";
import { loadAreaClassifier, type AreaClassifier } from "../digest/therapeutic-areas.ts";

/** What one asset's dossier shows: its names, sponsor(s), what it is, and every stored fact in date order. */
export type AssetDossier = {
  kind: "asset";
  version: 1;
  query: string;
  /** The name most events use (ties: alphabetical). */
  asset: string;
  aliases: string[];
  companies: string[];
  modalities: Modality[];
  targets: string[];
  /** Every fact, oldest first (undated last). */
  timeline: DigestRow[];
  /** Row ids in `timeline`, by section. */
  sections: { designations: number[]; deals: number[]; trials: number[] };
  /** Every distinct source, in order of first citation. */
  sources: SourceRef[];
};

const DEAL_TYPES: readonly EventType[] = ["deal", "acquisition"];
const TRIAL_TYPES: readonly EventType[] = ["ind_accepted", "ind_approved", "iit", "trial_start", "data_readout", "nda_accepted", "approval"];

const byCount = (values: string[]): string[] => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([v]) => v);
};

/** The dossier of the asset called `name` (code, INN, brand or alias; HRS-5965 = hrs5965), or null when nothing is stored. */
export async function buildAssetDossier(store: Store, name: string, options: { areas?: AreaClassifier } = {}): Promise<AssetDossier | null> {
  const areas = options.areas ?? loadAreaClassifier();
  const events = await store.listAssetEvents({ names: [name.trim()], includeAliases: true });
  if (events.length === 0) return null;
  const timeline: DigestRow[] = events
    .map((e) => toRow(e, areas))
    .sort((a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || (a.date ?? "").localeCompare(b.date ?? "") || a.id - b.id);
  const names = byCount(timeline.map((e) => e.asset));
  const asset = names[0]!;
  const aliases = [...new Set([...names.slice(1), ...timeline.flatMap((e) => e.assetAliases)])].filter((a) => a !== asset).sort();
  const sources: SourceRef[] = [];
  const seen = new Set<string>();
  for (const e of timeline)
    for (const s of e.sources) {
      const key = `${s.url ?? ""}\u0001${s.title ?? ""}\u0001${s.location ?? ""}`;
      if (!seen.has(key)) {
        seen.add(key);
        sources.push(s);
      }
    }
  const ids = (types: readonly EventType[]) => timeline.filter((e) => types.includes(e.type)).map((e) => e.id);
  return {
    kind: "asset",
    version: 1,
    query: name,
    asset,
    aliases,
    companies: byCount(timeline.flatMap((e) => (e.company ? [e.company] : []))),
    modalities: byCount(timeline.flatMap((e) => (e.modality ? [e.modality] : []))) as Modality[],
    targets: byCount(timeline.flatMap((e) => e.targets)),
    timeline,
    sections: { designations: ids(RECOGNITION_TYPES), deals: ids(DEAL_TYPES), trials: ids(TRIAL_TYPES) },
    sources,
  };
}
