import type { EventType } from "../domain/index.ts";
import type { CompanyResolver } from "./company-resolver.ts";
import { indicationsCompatible } from "./indication.ts";
import type { Overrides } from "./overrides.ts";
import { dateRange, daysApart, datesNested } from "./partial-date.ts";
import type { Conflict, ConflictValue, MergeNote, MergedEvent, ResolveEvent } from "./types.ts";
import { UnionFind } from "./union-find.ts";

/** How far apart (days) two dates of the same fact may be, by type: designations are reported late, deals on the day. */
const MAX_GAP: Partial<Record<EventType, number>> = {
  btd: 120,
  priority_review: 120,
  fast_track: 120,
  orphan_drug: 120,
  rmat: 120,
  prime: 120,
  conditional_approval: 120,
  approval: 120,
  nda_accepted: 60,
  ind_accepted: 60,
  ind_approved: 60,
};
const DEFAULT_GAP = 14;
const PHASE_MATTERS = new Set<EventType>(["data_readout", "trial_start", "iit"]);
const WITH_COUNTERPARTY = new Set<EventType>(["deal", "acquisition"]);

export type MergeInput = {
  events: ResolveEvent[];
  eventAssets: string[];
  eventCompanies: Array<string | null>;
  companies: CompanyResolver;
  overrides: Overrides;
};

/**
 * Merges events that state the same fact: same asset, type and agency (always), compatible indication,
 * dates, counterparty and (for readouts and trial starts) phase. A proposed designation and its grant are
 * one event (status granted, both dates kept); 2025-10 and 2025-10-24 are one date, refined. Values that
 * disagree are kept side by side in `conflicts`, and an official source's value wins.
 */
export function mergeEvents(input: MergeInput): { merged: MergedEvent[]; warnings: string[] } {
  const { events, eventAssets, companies, overrides } = input;
  const warnings: string[] = [];
  const index = new Map<number, number>();
  for (let i = 0; i < events.length; i++) index.set(events[i]!.id, i);
  const splitOf = new Map<number, number[]>();
  overrides.events.split.forEach((entry, k) => {
    for (const id of entry.ids) {
      if (!index.has(id)) warnings.push(`overrides: events.split: no stored event has id ${id}`);
      splitOf.set(id, [...(splitOf.get(id) ?? []), k]);
    }
  });

  const groups = new Map<string, number[]>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const key = `${eventAssets[i]}\u0001${e.type}\u0001${e.agency ?? ""}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  }

  const counterpartyCache = new Map<string, string>();
  const counterparty = (name: string): string => {
    let id = counterpartyCache.get(name);
    if (id === undefined) {
      const m = companies.resolve(name);
      counterpartyCache.set(name, (id = m.how === "unknown" ? m.id : companies.root(m.id)));
    }
    return id;
  };
  /** Two counterparties differ when both are known and different, or both unknown and neither name contains the other. */
  const counterpartiesDiffer = (a: string, b: string): boolean => {
    const ca = counterparty(a);
    const cb = counterparty(b);
    if (ca === cb) return false;
    const unknownA = ca.startsWith("x:");
    const unknownB = cb.startsWith("x:");
    if (unknownA && unknownB) return !(ca.includes(cb.slice(2)) || cb.includes(ca.slice(2)));
    return !unknownA && !unknownB;
  };

  const compatible = (a: ResolveEvent, b: ResolveEvent): boolean => {
    const sa = splitOf.get(a.id);
    const sb = splitOf.get(b.id);
    if (sa && sb && sa.some((k) => sb.includes(k))) return false;
    if (!indicationsCompatible(a.indication, b.indication)) return false;
    if (PHASE_MATTERS.has(a.type) && a.phase && b.phase && a.phase !== b.phase) return false;
    if (WITH_COUNTERPARTY.has(a.type) && a.counterparty && b.counterparty && counterpartiesDiffer(a.counterparty, b.counterparty)) return false;
    if (a.date && b.date) {
      if (a.status && b.status && a.status !== b.status) {
        const [p, g] = a.status === "proposed" ? [a.date, b.date] : [b.date, a.date];
        if (dateRange(p)[0] > dateRange(g)[1] || daysApart(p, g) > 180) return false;
      } else if (daysApart(a.date, b.date) > (MAX_GAP[a.type] ?? DEFAULT_GAP)) return false;
    }
    return true;
  };

  // clusters: greedy within each group, an event joins the first cluster all of whose members it agrees with
  const clusterOf = new Int32Array(events.length);
  const clusters: number[][] = [];
  const order = (i: number, j: number) => Number(events[j]!.official) - Number(events[i]!.official) || events[i]!.id - events[j]!.id;
  for (const list of groups.values()) {
    if (list.length > 1) list.sort(order);
    const local: number[] = [];
    for (const i of list) {
      const e = events[i]!;
      let placed = -1;
      for (const c of local) {
        const members = clusters[c]!;
        if (members.length > 200) continue;
        if (members.every((j) => compatible(events[j]!, e))) {
          placed = c;
          break;
        }
      }
      if (placed < 0) {
        placed = clusters.length;
        clusters.push([]);
        local.push(placed);
      }
      clusters[placed]!.push(i);
      clusterOf[i] = placed;
    }
  }

  // merge overrides join whole clusters
  const uf = new UnionFind(clusters.length + 1);
  for (let c = 0; c < clusters.length; c++) uf.add();
  const overrideNotes = new Map<number, MergeNote>();
  for (const entry of overrides.events.merge) {
    const found = entry.ids.filter((id) => {
      if (index.has(id)) return true;
      warnings.push(`overrides: events.merge: no stored event has id ${id}`);
      return false;
    });
    for (const id of found.slice(1)) uf.union(clusterOf[index.get(found[0]!)!]!, clusterOf[index.get(id)!]!);
    if (found.length) overrideNotes.set(clusterOf[index.get(found[0]!)!]!, { rule: "override_merge", detail: `events ${entry.ids.join(" = ")}${entry.reason ? ` (${entry.reason})` : ""}`, sourceId: null });
  }
  const final = new Map<number, number[]>();
  const finalNotes = new Map<number, MergeNote[]>();
  for (let c = 0; c < clusters.length; c++) {
    const r = uf.find(c);
    const list = final.get(r);
    if (list) list.push(...clusters[c]!);
    else final.set(r, [...clusters[c]!]);
    const note = overrideNotes.get(c);
    if (note) finalNotes.set(r, [...(finalNotes.get(r) ?? []), note]);
  }

  const merged: MergedEvent[] = [];
  for (const [r, members] of final) merged.push(buildMerged(members, input, finalNotes.get(r) ?? []));
  merged.sort((a, b) => a.id - b.id);
  return { merged, warnings };
}

type Candidate = ConflictValue & { value: string | number };

function candidates(members: number[], events: ResolveEvent[], get: (e: ResolveEvent) => string | number | null): Candidate[] {
  const out = new Map<string | number, Candidate>();
  for (const i of members) {
    const e = events[i]!;
    const value = get(e);
    if (value === null || value === "") continue;
    let c = out.get(value);
    if (!c) out.set(value, (c = { value, eventIds: [], sources: [], official: false }));
    c.eventIds.push(e.id);
    for (const s of e.sources) if (!c.sources.includes(s)) c.sources.push(s);
    c.official ||= e.official;
  }
  return [...out.values()];
}

/** The value an official source states, else the most stated, else (dates) the most precise, else the first. */
function pick(list: Candidate[]): Candidate | null {
  if (list.length === 0) return null;
  return [...list].sort(
    (a, b) =>
      Number(b.official) - Number(a.official) ||
      b.sources.length - a.sources.length ||
      String(b.value).length - String(a.value).length ||
      Math.min(...a.eventIds) - Math.min(...b.eventIds),
  )[0]!;
}

function buildMerged(members: number[], input: MergeInput, notes: MergeNote[]): MergedEvent {
  const { events, eventAssets, eventCompanies } = input;
  if (members.length === 1) {
    // one event states the fact: its values, nothing to choose (the common case)
    const e = events[members[0]!]!;
    const proposedDate = e.proposedDate ?? (e.status === "proposed" ? e.date : null);
    return {
      id: e.id,
      assetId: eventAssets[members[0]!]!,
      companyId: eventCompanies[members[0]!] ?? null,
      type: e.type,
      status: e.status,
      agency: e.agency,
      date: e.date,
      proposedDate,
      grantedDate: e.grantedDate ?? (e.status === "granted" && proposedDate ? e.date : null),
      indication: e.indication,
      phase: e.phase,
      counterparty: e.counterparty,
      upfrontUsd: e.upfrontUsd,
      totalUsd: e.totalUsd,
      eventIds: [e.id],
      sources: e.sources,
      official: e.official,
      conflicts: [],
      why: notes,
    };
  }
  members.sort((a, b) => events[a]!.id - events[b]!.id);
  const first = events[members[0]!]!;
  const why: MergeNote[] = [...notes];
  const conflicts: Conflict[] = [];
  const sources: string[] = [];
  let official = false;
  for (const i of members) {
    official ||= events[i]!.official;
    for (const s of events[i]!.sources) if (!sources.includes(s)) sources.push(s);
  }
  if (members.length > 1) why.push({ rule: "same_fact", detail: `${members.length} events state this fact (ids ${members.map((i) => events[i]!.id).join(", ")})`, sourceId: null });

  const choose = (field: string, get: (e: ResolveEvent) => string | number | null, onlyFrom = members): string | number | null => {
    const list = candidates(onlyFrom, events, get);
    const best = pick(list);
    if (list.length > 1) {
      conflicts.push({ field, chosen: best?.value ?? null, values: list.map(({ value, eventIds, sources: s, official: o }) => ({ value, eventIds, sources: s, official: o })) });
      why.push({ rule: "conflict", detail: `${field}: ${list.map((c) => `${c.value}${c.official ? " (official)" : ""}`).join(" vs ")}; kept ${best?.value}`, sourceId: null });
    }
    return best?.value ?? null;
  };

  // status progression: proposed → granted
  const statuses = new Set(members.map((i) => events[i]!.status).filter((s) => s !== null));
  const status = statuses.has("granted") ? "granted" : statuses.has("proposed") ? "proposed" : null;
  const dateOf = (status: string | null) => members.filter((i) => events[i]!.status === status && events[i]!.date);
  let proposedDate: string | null = minDate(members.map((i) => events[i]!.proposedDate ?? (events[i]!.status === "proposed" ? events[i]!.date : null)));
  let grantedDate: string | null = null;
  if (statuses.size > 1) why.push({ rule: "status_progression", detail: `proposed${proposedDate ? ` ${proposedDate}` : ""} → granted`, sourceId: null });

  // dates: nested dates refine each other; others conflict
  const dated = status && dateOf(status).length ? dateOf(status) : members.filter((i) => events[i]!.date);
  const dateList = candidates(dated, events, (e) => e.date);
  let date: string | null = null;
  if (dateList.length > 0) {
    const values = dateList.map((c) => String(c.value));
    if (values.every((a) => values.every((b) => datesNested(a, b)))) {
      date = values.reduce((a, b) => (b.length > a.length ? b : a));
      if (values.length > 1) why.push({ rule: "date_refinement", detail: `${values.filter((v) => v !== date).join(", ")} → ${date}`, sourceId: null });
    } else date = choose("date", (e) => e.date, dated) as string | null;
  }
  if (status === "granted") grantedDate = minDate(members.map((i) => events[i]!.grantedDate ?? null)) ?? (statuses.size > 1 || proposedDate ? date : null);
  if (status === "proposed") proposedDate ??= date;

  const indication = pick(candidates(members, events, (e) => e.indication))?.value ?? null;
  const counterparty = pick(candidates(members, events, (e) => e.counterparty))?.value ?? null;
  const phase = choose("phase", (e) => e.phase);
  const upfront = choose("upfront_usd", (e) => e.upfrontUsd);
  const total = choose("total_usd", (e) => e.totalUsd);
  const companyCounts = new Map<string, number>();
  for (const i of members) {
    const c = eventCompanies[i];
    if (c) companyCounts.set(c, (companyCounts.get(c) ?? 0) + (events[i]!.official ? 100 : 1));
  }
  const companyId = [...companyCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  return {
    id: first.id,
    assetId: eventAssets[members[0]!]!,
    companyId,
    type: first.type,
    status,
    agency: first.agency,
    date,
    proposedDate,
    grantedDate,
    indication: indication === null ? null : String(indication),
    phase: phase as MergedEvent["phase"],
    counterparty: counterparty === null ? null : String(counterparty),
    upfrontUsd: upfront === null ? null : Number(upfront),
    totalUsd: total === null ? null : Number(total),
    eventIds: members.map((i) => events[i]!.id),
    sources,
    official,
    conflicts,
    why,
  };
}

function minDate(dates: Array<string | null | undefined>): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (best === null || d < best)) best = d;
  return best;
}
