import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { loadLexicons } from "../extract/lexicon/load-lexicons.ts";
import {
  buildAssetTimeline,
  buildIitLinks,
  buildLandscape,
  nameKey,
  parseOverrides,
  resolveEvents,
  RESOLVER_VERSION,
  type AssetTimeline,
  type IitLink,
  type LandscapeFilter,
  type LandscapeRow,
  type Overrides,
  type ResolveLexicons,
} from "../resolve/index.ts";
import { sha256 } from "../shared/hash.ts";
import type { Result } from "../shared/result.ts";
import type { Store } from "../store/index.ts";

/** The default overrides file, relative to the working directory. */
export const DEFAULT_OVERRIDES_FILE = "./dualtrack-overrides.yaml";

export type ResolveInputs = { lexicons: ResolveLexicons; lexiconHash: string; overrides: Overrides; overridesHash: string };

let lexiconCache: { lexicons: ResolveLexicons; hash: string } | null = null;

/**
 * Loads what resolution needs besides the store: the company and drug lexicons and the overrides file (a
 * missing file is no overrides). An invalid overrides file is an error value naming the entry.
 */
export function loadResolveInputs(overridesPath: string = DEFAULT_OVERRIDES_FILE, dictionariesDir?: string): Result<ResolveInputs> {
  if (!lexiconCache || dictionariesDir) {
    const all = loadLexicons(dictionariesDir);
    const lexicons = { companies: all.companies.companies, drugs: all.drugs.drugs };
    lexiconCache = { lexicons, hash: sha256(JSON.stringify(lexicons)).slice(0, 16) };
  }
  let text = "";
  if (existsSync(overridesPath)) {
    try {
      text = readFileSync(overridesPath, "utf8");
    } catch (error) {
      return { ok: false, error: `${overridesPath}: cannot read: ${(error as Error).message}` };
    }
  }
  const overrides = parseOverrides(text, overridesPath);
  if (!overrides.ok) return overrides;
  return { ok: true, value: { lexicons: lexiconCache.lexicons, lexiconHash: lexiconCache.hash, overrides: overrides.value, overridesHash: sha256(text).slice(0, 16) } };
}

export type ResolveReport = {
  /** False when the store had not changed since the last run (nothing was done). */
  ran: boolean;
  events: number;
  skipped: number;
  assets: number;
  companies: number;
  merged: number;
  /** Events that joined another event's fact. */
  mergedAway: number;
  conflicts: number;
  seconds: number;
  warnings: string[];
};

export type ResolveOptions = { store: Store; inputs: ResolveInputs; now: () => Date; force?: boolean };

const fingerprintOf = async (store: Store, inputs: ResolveInputs): Promise<string> =>
  `${RESOLVER_VERSION}|${inputs.lexiconHash}|${inputs.overridesHash}|${await store.resolutionFingerprint()}`;

/**
 * Resolves the whole store: reads every event, runs the resolver, and writes companies, assets, aliases,
 * event links and merged events in one transaction. Unless `force`, does nothing when neither the store,
 * the lexicons, the overrides nor the resolver changed since the last run. Idempotent.
 */
export async function runResolution(options: ResolveOptions): Promise<ResolveReport> {
  const { store, inputs } = options;
  const started = options.now();
  const fingerprint = await fingerprintOf(store, inputs);
  const last = await store.lastResolution();
  if (!options.force && last?.fingerprint === fingerprint) {
    return { ran: false, events: last.events, skipped: 0, assets: last.assets, companies: last.companies, merged: last.merged, mergedAway: last.events - last.merged, conflicts: 0, seconds: 0, warnings: last.warnings };
  }
  const t0 = performance.now();
  const { events, skipped } = await store.listResolutionEvents();
  const resolution = resolveEvents(events, inputs.lexicons, inputs.overrides);
  await store.saveResolution(resolution, { fingerprint, startedAt: started.toISOString(), finishedAt: options.now().toISOString() });
  return {
    ran: true,
    events: events.length,
    skipped,
    assets: resolution.assets.length,
    companies: resolution.companies.length,
    merged: resolution.merged.length,
    mergedAway: events.length - resolution.merged.length,
    conflicts: resolution.merged.reduce((n, m) => n + m.conflicts.length, 0),
    seconds: (performance.now() - t0) / 1000,
    warnings: resolution.warnings,
  };
}

/** The timelines of every asset a name denotes (several when look-alike codes belong to different companies). */
export async function assetTimelines(store: Store, name: string): Promise<AssetTimeline[]> {
  const ids = await store.findAssetIds(nameKey(name), name);
  if (ids.length === 0) return [];
  const [assets, facts] = await Promise.all([store.getAssets(ids), store.listMergedEvents({ assetIds: ids })]);
  return assets.map((asset) => buildAssetTimeline(asset, facts));
}

/** Assets with an IIT, joined to their first IND and first deal. */
export async function iitLinks(store: Store): Promise<IitLink[]> {
  const iits = await store.listMergedEvents({ types: ["iit"] });
  const ids = [...new Set(iits.map((f) => f.assetId))];
  if (ids.length === 0) return [];
  const [assets, facts] = await Promise.all([store.getAssets(ids), store.listMergedEvents({ assetIds: ids })]);
  return buildIitLinks(assets, facts);
}

/** Competing assets with their furthest stage in China and abroad. */
export async function landscape(store: Store, filter: LandscapeFilter): Promise<LandscapeRow[]> {
  const [assets, facts] = await Promise.all([store.listAssetIds().then((ids) => store.getAssets(ids)), store.listMergedEvents({})]);
  return buildLandscape(assets, facts, filter);
}

/**
 * Replaces the overrides file with `text` after validating it (the write goes to a temporary file renamed into
 * place, so a reader never sees half a file). An invalid text is refused with the entry named; nothing is written.
 */
export function saveOverrides(path: string, text: string): Result<Overrides> {
  const parsed = parseOverrides(text, "overrides");
  if (!parsed.ok) return parsed;
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    return { ok: false, error: `${path}: cannot write: ${(error as Error).message}` };
  }
  return parsed;
}

/** The overrides file's text, or an empty text when there is none. */
export function readOverridesText(path: string): string {
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}
