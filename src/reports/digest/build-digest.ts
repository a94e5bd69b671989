import { EVENT_TYPES, RECOGNITION_TYPES } from "../../domain/index.ts";
import { normaliseAssetName, type EventKindCount, type ReportEvent, type ReportSource } from "../../store/report-query.ts";
import type { Store } from "../../store/store.ts";
import type { BreakdownRow, DigestModel, DigestPeriod, DigestRow, HeadlineRow, Highlight, SourceRef } from "./digest-model.ts";
import { HEADLINE_KINDS, headlineKindOf, type HeadlineKind } from "./headline.ts";
import { previousPeriod, toPeriodQuery, type Period } from "./period.ts";
import { loadAreaClassifier, type AreaClassifier } from "./therapeutic-areas.ts";

export type DigestOptions = {
  period: Period;
  /** Only Class 1 innovative drugs. */
  class1Only?: boolean;
  /** Therapeutic-area classifier (default: dictionaries/therapeutic-areas.yaml). */
  areas?: AreaClassifier;
};

const TYPE_ORDER = new Map(EVENT_TYPES.map((t, i) => [t, i]));
const EARLIER_LIMIT = 5;

/**
 * Builds the digest of a period from store queries: headline counts against the previous period of the same
 * length, breakdowns, highlights and the full table. Deterministic for the same store and options.
 */
export async function buildDigest(store: Store, options: DigestOptions): Promise<DigestModel> {
  const period = options.period;
  const previous = previousPeriod(period);
  const class1Only = options.class1Only ?? false;
  const areas = options.areas ?? loadAreaClassifier();
  const current = toPeriodQuery(period, class1Only);
  const before = toPeriodQuery(previous, class1Only);
  const [kinds, previousKinds, totals, previousTotals, modality, target, indication, events, coarse] = await Promise.all([
    store.countEventKinds(current),
    store.countEventKinds(before),
    store.periodTotals(current),
    store.periodTotals(before),
    store.countEventFacet(current, "modality"),
    store.countEventFacet(current, "target"),
    store.countEventFacet(current, "indication"),
    store.listPeriodEvents(current),
    store.countEventsDated(period.overlappingPartialDates),
  ]);
  const rows = events.map((e) => toRow(e, areas)).sort(compareRows);
  return {
    kind: "digest",
    version: 1,
    period: digestPeriod(period),
    previous: digestPeriod(previous),
    class1Only,
    totals: { ...totals, previousEvents: previousTotals.events, previousAssets: previousTotals.assets },
    headline: headline(kinds, previousKinds),
    breakdowns: {
      modality: modality.map((m) => ({ key: m.value, events: m.events })),
      target: target.map((t) => ({ key: t.value, events: t.events })),
      area: areaBreakdown(indication, areas),
    },
    highlights: await highlights(store, rows, period.from),
    rows,
    coarselyDated: { dates: coarse.map((c) => c.value ?? ""), events: coarse.reduce((n, c) => n + c.events, 0) },
  };
}

const digestPeriod = (p: Period): DigestPeriod => ({ from: p.from, to: p.to, isoWeek: p.isoWeek, days: p.days });

function headline(kinds: EventKindCount[], previousKinds: EventKindCount[]): HeadlineRow[] {
  const sum = (list: EventKindCount[]) => {
    const out = new Map<HeadlineKind, { count: number; upfront: number | null }>();
    for (const k of list) {
      const kind = headlineKindOf(k.type, k.status, k.agency);
      const acc = out.get(kind) ?? { count: 0, upfront: null };
      acc.count += k.events;
      if (k.upfrontUsd !== null) acc.upfront = (acc.upfront ?? 0) + k.upfrontUsd;
      out.set(kind, acc);
    }
    return out;
  };
  const now = sum(kinds);
  const then = sum(previousKinds);
  return HEADLINE_KINDS.map((kind) => {
    const a = now.get(kind) ?? { count: 0, upfront: null };
    const b = then.get(kind) ?? { count: 0, upfront: null };
    return { kind, count: a.count, previous: b.count, change: a.count - b.count, upfrontUsd: a.upfront, previousUpfrontUsd: b.upfront };
  });
}

function areaBreakdown(indications: Array<{ value: string | null; events: number }>, areas: AreaClassifier): BreakdownRow[] {
  const counts = new Map<string, number>();
  for (const i of indications) {
    const area = areas.classify(i.value);
    counts.set(area, (counts.get(area) ?? 0) + i.events);
  }
  const order = new Map(areas.areas.map((a, i) => [a.id, i]));
  const rank = (id: string) => order.get(id) ?? order.size + (id === "unclassified" ? 0 : 1);
  return [...counts]
    .map(([key, events]) => ({ key, events }))
    .sort((a, b) => b.events - a.events || rank(a.key) - rank(b.key));
}

export const sourceRef = (s: ReportSource): SourceRef => ({ title: s.title, url: s.url, location: s.location, sentence: s.sentence });

/** A stored event as a row of the digest's table (also the asset dossier's timeline). */
export function toRow(e: ReportEvent, areas: AreaClassifier): DigestRow {
  return {
    id: e.id,
    date: e.date,
    asset: e.asset,
    assetAliases: e.assetAliases,
    company: e.company,
    companyEn: e.companyEn,
    companyZh: e.companyZh,
    type: e.type,
    status: e.status,
    agency: e.agency,
    indication: e.indication,
    area: areas.classify(e.indication),
    modality: e.modality,
    targets: e.targets,
    phase: e.phase,
    counterparty: e.counterparty,
    upfrontUsd: e.upfrontUsd,
    totalUsd: e.totalUsd,
    class1: e.class1,
    firstInd: e.firstInd,
    firstOfKind: e.firstOfKind,
    sources: e.sources.map(sourceRef),
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Table order: date, then event type in vocabulary order, then asset, then id. */
function compareRows(a: DigestRow, b: DigestRow): number {
  return (
    compare(a.date ?? "", b.date ?? "") ||
    (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0) ||
    compare(normaliseAssetName(a.asset), normaliseAssetName(b.asset)) ||
    a.id - b.id
  );
}

/** First-in-clinic assets, then first designations; one highlight per asset and kind, in table order. */
async function highlights(store: Store, rows: DigestRow[], periodStart: string): Promise<Highlight[]> {
  const groups = new Map<string, Highlight>();
  for (const row of rows) {
    const kind = row.firstInd ? "first_in_clinic" : row.firstOfKind && RECOGNITION_TYPES.includes(row.type) ? "first_designation" : null;
    if (!kind) continue;
    const key = `${kind}\u0001${normaliseAssetName(row.asset)}`;
    const group = groups.get(key) ?? { kind, asset: row.asset, eventIds: [], earlier: [] };
    group.eventIds.push(row.id);
    groups.set(key, group);
  }
  const list = [...groups.values()].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "first_in_clinic" ? -1 : 1));
  // One query for every highlighted asset's latest earlier facts.
  const earlier = list.length ? await store.listEarlierEvents({ names: [...new Set(list.map((h) => h.asset))], before: periodStart, perAsset: EARLIER_LIMIT }) : [];
  const byAsset = new Map<string, Highlight["earlier"]>();
  for (const e of earlier) {
    const entry = { date: e.date, type: e.type, status: e.status, agency: e.agency, source: e.source ? sourceRef(e.source) : null };
    byAsset.set(e.assetKey, [...(byAsset.get(e.assetKey) ?? []), entry]);
  }
  for (const h of list) h.earlier = byAsset.get(normaliseAssetName(h.asset)) ?? [];
  return list;
}
