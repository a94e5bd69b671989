import type { Modality } from "../../domain/index.ts";
import { indicationConcepts } from "../indication.ts";
import { simplify } from "../normalize-name.ts";
import { compareDates } from "../partial-date.ts";
import { STAGES, TYPE_LABELS, regionOf, stageOf, type Stage } from "./event-labels.ts";
import type { AssetInput, FactInput } from "./view-types.ts";

export type LandscapeFilter = { target?: string; modality?: Modality; indication?: string };

/** One competing asset: owner, what it is, how far it got in China and abroad, and its latest fact. */
export type LandscapeRow = {
  assetId: string;
  asset: string;
  company: string | null;
  modality: Modality | null;
  targets: string[];
  indications: string[];
  stageChina: Stage | null;
  stageAbroad: Stage | null;
  latest: { date: string | null; type: string; agency: string | null; label: string; factId: number } | null;
};

const targetKey = (t: string): string => t.toLowerCase().replace(/[\s\-_/]/g, "");
/** PD-1 is also written PDCD1, PD-L1 CD274, HER2 ERBB2: the lexicon symbols and the common names compare equal. */
const TARGET_SYNONYMS: Record<string, string> = { pdcd1: "pd1", cd274: "pdl1", erbb2: "her2", erbb3: "her3", vegfa: "vegf", ctla4: "ctla4", tnfrsf17: "bcma", cldn18: "claudin182", cldn182: "claudin182", il2ra: "cd25" };
const canonicalTarget = (t: string): string => TARGET_SYNONYMS[targetKey(t)] ?? targetKey(t);

function matchesIndication(filter: string, indications: string[]): boolean {
  const wanted = indicationConcepts(filter).diseases;
  const text = simplify(filter.toLowerCase());
  return indications.some((i) => {
    if (simplify(i.toLowerCase()).includes(text)) return true;
    if (wanted.size === 0) return false;
    const have = indicationConcepts(i).diseases;
    return [...wanted].every((d) => have.has(d));
  });
}

/** Competing assets matching the filter, furthest stage first, then latest fact first. */
export function buildLandscape(assets: AssetInput[], facts: FactInput[], filter: LandscapeFilter): LandscapeRow[] {
  const byAsset = new Map<string, FactInput[]>();
  for (const f of facts) byAsset.set(f.assetId, [...(byAsset.get(f.assetId) ?? []), f]);
  const rows: LandscapeRow[] = [];
  for (const asset of assets) {
    const list = byAsset.get(asset.id) ?? [];
    if (list.length === 0) continue;
    const targets = [...new Set([...asset.targets, ...list.flatMap((f) => f.targets)])];
    const modality = asset.modality ?? list.find((f) => f.modality)?.modality ?? null;
    const indications = [...new Set(list.map((f) => f.indication).filter((i): i is string => Boolean(i)))];
    if (filter.target && !targets.some((t) => canonicalTarget(t) === canonicalTarget(filter.target!))) continue;
    if (filter.modality && modality !== filter.modality) continue;
    if (filter.indication && !matchesIndication(filter.indication, indications)) continue;
    let china = -1;
    let abroad = -1;
    for (const f of list) {
      const stage = stageOf(f);
      if (stage === null) continue;
      const region = regionOf(f.agency);
      if (region === "china") china = Math.max(china, STAGES.indexOf(stage));
      if (region === "abroad") abroad = Math.max(abroad, STAGES.indexOf(stage));
    }
    const latest = [...list].sort((a, b) => compareDates(b.date, a.date) || (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || b.id - a.id);
    const last = latest.find((f) => f.date) ?? latest[0] ?? null;
    rows.push({
      assetId: asset.id,
      asset: asset.name,
      company: asset.companyEn ?? asset.companyZh ?? list[0]?.companyEn ?? list[0]?.companyZh ?? null,
      modality,
      targets,
      indications,
      stageChina: china < 0 ? null : STAGES[china]!,
      stageAbroad: abroad < 0 ? null : STAGES[abroad]!,
      latest: last ? { date: last.date, type: last.type, agency: last.agency, label: `${TYPE_LABELS[last.type]}${last.status ? ` (${last.status})` : ""}${last.agency ? ` ${last.agency}` : ""}`, factId: last.id } : null,
    });
  }
  const rank = (s: Stage | null) => (s === null ? -1 : STAGES.indexOf(s));
  return rows.sort(
    (a, b) =>
      Math.max(rank(b.stageChina), rank(b.stageAbroad)) - Math.max(rank(a.stageChina), rank(a.stageAbroad)) ||
      compareDates(b.latest?.date ?? null, a.latest?.date ?? null) ||
      a.asset.localeCompare(b.asset),
  );
}
