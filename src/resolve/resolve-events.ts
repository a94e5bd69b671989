import { resolveAssets } from "./asset-resolver.ts";
import { CompanyResolver } from "./company-resolver.ts";
import { mergeEvents } from "./event-merger.ts";
import type { ResolveLexicons } from "./lexicon-input.ts";
import { EMPTY_OVERRIDES, type Overrides } from "./overrides.ts";
import type { Resolution, ResolveEvent } from "./types.ts";

/** Version of the resolution rules; a change makes the next command resolve again. */
export const RESOLVER_VERSION = "1";

/**
 * Turns stored events into a knowledge base: companies, assets with every alias and why they merged, each
 * event's asset and company, and the merged events. Pure and deterministic: the same events, lexicons and
 * overrides give the same result, so re-running is idempotent. Never throws on bad data; problems with the
 * overrides come back as warnings.
 */
export function resolveEvents(events: ResolveEvent[], lexicons: ResolveLexicons, overrides: Overrides = EMPTY_OVERRIDES): Resolution {
  const sorted = isSortedById(events) ? events : [...events].sort((a, b) => a.id - b.id);
  const companies = new CompanyResolver(lexicons.companies);
  const assets = resolveAssets(sorted, lexicons.drugs, companies, overrides);
  const merge = mergeEvents({ events: sorted, eventAssets: assets.eventAssets, eventCompanies: assets.eventCompanies, companies, overrides });
  const links = sorted.map((e, i) => ({ eventId: e.id, assetId: assets.eventAssets[i]!, companyId: assets.eventCompanies[i] ?? null }));
  return { companies: companies.companies(), assets: assets.assets, links, merged: merge.merged, warnings: [...assets.warnings, ...merge.warnings] };
}

function isSortedById(events: ResolveEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (events[i - 1]!.id > events[i]!.id) return false;
  return true;
}
