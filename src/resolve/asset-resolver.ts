import type { Alias, Modality } from "../domain/index.ts";
import type { CompanyResolver } from "./company-resolver.ts";
import type { DrugEntry } from "./lexicon-input.ts";
import { codePrefix, isCode, nameKey, stripDosageForm } from "./normalize-name.ts";
import type { Overrides } from "./overrides.ts";
import type { MergeNote, ResolveEvent, ResolvedAsset } from "./types.ts";
import { UnionFind } from "./union-find.ts";

export type AssetResolution = {
  assets: ResolvedAsset[];
  /** Per input event (same order): asset id and company id. */
  eventAssets: string[];
  eventCompanies: Array<string | null>;
  warnings: string[];
};

const UNKNOWN = "?";
const MAX_SURFACES = 12;
const MAX_NOTES = 60;

type Surface = { alias: Alias; count: number };

/**
 * Groups the names events use into assets. A node is one name key (IBI-363 = IBI363 = 注射用IBI363) of one
 * owner company; names the drug lexicon knows are nodes of their lexicon drug. Nodes join when an event
 * states them together, when an owner-less name has exactly one owner, when unknown company names
 * contain each other, and by override; look-alike codes of different companies stay apart.
 */
export function resolveAssets(events: ResolveEvent[], drugs: DrugEntry[], companies: CompanyResolver, overrides: Overrides): AssetResolution {
  const warnings: string[] = [];
  const drugByKey = new Map<string, DrugEntry>();
  for (const d of drugs) for (const n of [...d.codes, ...d.inn, ...d.zh, ...d.brands]) {
    const k = nameKey(n);
    if (k.length >= 2 && !drugByKey.has(k)) drugByKey.set(k, d);
  }
  const drugOwner = new Map<string, string | null>();
  const ownerOfDrug = (d: DrugEntry): string | null => {
    let o = drugOwner.get(d.id);
    if (o === undefined) drugOwner.set(d.id, (o = d.company ? companies.root(d.company) : null));
    return o;
  };

  const keyCache = new Map<string, string>();
  const keyOf = (name: string): string => {
    let k = keyCache.get(name);
    if (k === undefined) {
      k = nameKey(name);
      if (keyCache.size > 500_000) keyCache.clear();
      keyCache.set(name, k);
    }
    return k;
  };

  // ---- nodes ----
  const uf = new UnionFind(1024);
  const nodeIds = new Map<string, number>();
  const nodeKey: string[] = [];
  const nodeOwner: string[] = [];
  const nodeDrug: Array<DrugEntry | null> = [];
  const nodeEvents: number[] = [];
  const nodeSurfaces: Array<Map<string, Surface> | null> = [];
  const byKey = new Map<string, number[]>();
  const notes: Array<{ a: number; note: MergeNote }> = [];
  const nodeNotes = new Map<number, number>();

  // split overrides: tags on nodes; two different tags of one entry never share a set
  const splitKeys = new Map<string, Array<{ tag: string; entry: number; owner: string | null }>>();
  overrides.assets.split.forEach((entry, i) => {
    const owner = entry.company ? companies.root(companies.resolve(entry.company).id) : null;
    entry.names.forEach((n, j) => {
      const list = splitKeys.get(keyOf(n)) ?? [];
      list.push({ tag: `${i}:${j}`, entry: i, owner });
      splitKeys.set(keyOf(n), list);
    });
  });
  const tags = new Map<number, Set<string>>();

  const node = (owner: string, key: string, drug: DrugEntry | null): number => {
    const id = drug ? `d|${drug.id}` : `${owner}|${key}`;
    let n = nodeIds.get(id);
    if (n !== undefined) return n;
    n = uf.add();
    nodeIds.set(id, n);
    nodeKey.push(key);
    nodeOwner.push(drug ? (ownerOfDrug(drug) ?? UNKNOWN) : owner);
    nodeDrug.push(drug);
    nodeEvents.push(0);
    nodeSurfaces.push(null);
    const keys = drug ? [...new Set([...drug.codes, ...drug.inn, ...drug.zh, ...drug.brands].map(keyOf))] : [key];
    for (const k of keys) {
      const list = byKey.get(k);
      if (list) list.push(n);
      else byKey.set(k, [n]);
      for (const s of splitKeys.get(k) ?? []) {
        if (s.owner && s.owner !== nodeOwner[n]) continue;
        const set = tags.get(n) ?? new Set<string>();
        set.add(s.tag);
        tags.set(n, set);
      }
    }
    return n;
  };

  const addNote = (a: number, note: MergeNote) => {
    const count = nodeNotes.get(a) ?? 0;
    if (count >= 8) return;
    nodeNotes.set(a, count + 1);
    notes.push({ a, note });
  };

  /** Joins two nodes' sets unless a split override keeps them apart. */
  const join = (a: number, b: number, note: MergeNote): boolean => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) return false;
    const ta = tags.get(ra);
    const tb = tags.get(rb);
    if (ta && tb) {
      for (const t of ta) {
        const entry = t.slice(0, t.indexOf(":"));
        for (const u of tb) {
          if (u !== t && u.startsWith(`${entry}:`)) {
            addNote(a, { rule: "override_split", detail: `${note.detail}: kept apart by an override (${overrides.assets.split[Number(entry)]?.names.join(" ≠ ")})`, sourceId: null });
            return false;
          }
        }
      }
    }
    const root = uf.union(ra, rb);
    if (ta || tb) tags.set(root, new Set([...(ta ?? []), ...(tb ?? [])]));
    addNote(a, note);
    return true;
  };

  const addSurface = (n: number, name: string, origin: Alias["origin"], sourceId: string | null) => {
    let map = nodeSurfaces[n];
    if (!map) nodeSurfaces[n] = map = new Map();
    const s = map.get(name);
    if (s) {
      s.count++;
      return;
    }
    if (map.size >= MAX_SURFACES) return;
    const key = keyOf(name);
    for (const other of map.keys()) {
      if (keyOf(other) !== key) continue;
      const rule = stripDosageForm(name) !== name || stripDosageForm(other) !== other ? "dosage_form" : "same_code";
      addNote(n, { rule, detail: `${name} = ${other}`, sourceId });
      break;
    }
    map.set(name, { alias: { name, origin, sourceId }, count: 1 });
  };

  // ---- companies: pairs stated by documents, then overrides ----
  overrides.companies.merge.forEach((entry) => {
    for (const other of entry.names.slice(1)) companies.learnPair(entry.names[0]!, other, { rule: "override_merge", detail: `${entry.names[0]} = ${other}${entry.reason ? ` (${entry.reason})` : ""}`, sourceId: null });
  });
  for (const e of events) {
    if (!e.company) continue;
    const pair = /^(.+?)\s*[(（]([^()（）]{2,})[)）]\s*$/.exec(e.company);
    if (pair && companies.resolve(e.company).how === "unknown") companies.learnPair(pair[1]!, pair[2]!, { rule: "stated_together", detail: `${pair[1]} = ${pair[2]}`, sourceId: e.sources[0] ?? null });
    for (const other of e.sentences?.length ? companyPairsIn(e.company, e.sentences) : []) {
      companies.learnPair(e.company, other, { rule: "stated_together", detail: `${e.company} = ${other} (written side by side)`, sourceId: e.sources[0] ?? null });
    }
  }

  const acquiredCompany = (name: string): string | null => {
    const m = companies.resolve(name);
    return m.how === "unknown" ? null : companies.root(m.id);
  };

  // ---- one pass over the events ----
  const eventNode = new Int32Array(events.length);
  const eventCompanies: Array<string | null> = new Array<string | null>(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const sourceId = e.sources[0] ?? null;
    const origin: Alias["origin"] = e.official ? "record" : "document";
    let companyId: string | null = null;
    let owner: string | null = null;
    if (e.company) {
      companyId = companies.resolve(e.company).id;
      companies.saw(companyId, e.company, origin, sourceId);
      owner = companies.root(companyId);
    }
    const names = e.aliases.length ? [e.asset, ...e.aliases] : [e.asset];
    if (owner === null) {
      for (const n of names) {
        if (!isCode(n)) continue;
        const byPrefix = companies.byCodePrefix(codePrefix(n));
        if (byPrefix) {
          owner = companies.root(byPrefix);
          break;
        }
      }
    }
    eventCompanies[i] = companyId;
    let first = -1;
    let firstName = "";
    for (const name of names) {
      const key = keyOf(name);
      if (!key) continue;
      let drug = drugByKey.get(key) ?? null;
      if (drug && owner !== null && isCode(name)) {
        // the originator's code (the lexicon's first, or one with the owner's prefix, SKB…) used by another company is
        // a look-alike, not the drug; a licensee's code the lexicon lists after it (GSK5764227, SMT112) is the drug
        const lexOwner = ownerOfDrug(drug);
        const prefixOwner = companies.byCodePrefix(codePrefix(name));
        const originatorCode = drug.codes[0] !== undefined && keyOf(drug.codes[0]) === key;
        if (lexOwner !== null && lexOwner !== owner && (originatorCode || (prefixOwner !== null && companies.root(prefixOwner) === lexOwner))) drug = null;
      }
      // an acquired company is named like a company: its node is the company's
      const acquired = e.type === "acquisition" && !drug ? acquiredCompany(name) : null;
      const n = acquired ? node(acquired, `@${acquired}`, null) : node(owner ?? UNKNOWN, key, drug);
      addSurface(n, name, origin, sourceId);
      if (first < 0) {
        first = n;
        firstName = name;
        nodeEvents[n]!++;
        if (drug && nodeEvents[n] === 1) addNote(n, { rule: "lexicon", detail: `${name} is ${drug.id} in the drug lexicon (${[...drug.codes, ...drug.inn, ...drug.zh, ...drug.brands].join(", ")})`, sourceId: null });
      } else if (n !== first) join(first, n, { rule: "stated_together", detail: `${firstName} = ${name}`, sourceId });
    }
    eventNode[i] = first < 0 ? node(owner ?? UNKNOWN, `#${e.id}`, null) : first;
  }

  // ---- owner-less names join the one owner that uses the same name ----
  const ownersOf = (root: number, members: Map<number, Set<string>>): Set<string> => members.get(root) ?? new Set();
  const rootOwners = new Map<number, Set<string>>();
  for (let n = 0; n < uf.length; n++) {
    if (nodeOwner[n] === UNKNOWN) continue;
    const r = uf.find(n);
    const set = rootOwners.get(r) ?? new Set<string>();
    set.add(nodeOwner[n]!);
    rootOwners.set(r, set);
  }
  for (let n = 0; n < uf.length; n++) {
    if (nodeOwner[n] !== UNKNOWN || nodeDrug[n]) continue;
    const own = uf.find(n);
    const candidates = new Set<number>();
    for (const m of byKey.get(nodeKey[n]!) ?? []) {
      const r = uf.find(m);
      if (r !== own && nodeOwner[m] !== UNKNOWN) candidates.add(r);
    }
    if (candidates.size !== 1) continue;
    const target = [...candidates][0]!;
    const mine = ownersOf(own, rootOwners);
    const theirs = ownersOf(target, rootOwners);
    if ([...mine].some((o) => !theirs.has(o))) continue; // would join two companies' assets
    const owner = [...theirs][0] ?? UNKNOWN;
    if (join(target, n, { rule: "owner_inferred", detail: `${surfaceOf(n)} has no company stated; the only asset named so belongs to ${companies.display(owner)}`, sourceId: null })) {
      rootOwners.set(uf.find(n), new Set([...theirs, ...mine]));
    }
  }

  // ---- unknown company names that contain each other (Foo Bio, Foo Biotherapeutics Co., Ltd.) ----
  for (const [key, list] of byKey) {
    const unknown = list.filter((n) => nodeOwner[n]!.startsWith("x:"));
    for (let i = 0; i < unknown.length; i++)
      for (let j = i + 1; j < unknown.length; j++) {
        const a = nodeOwner[unknown[i]!]!.slice(2);
        const b = nodeOwner[unknown[j]!]!.slice(2);
        if (a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a))) join(unknown[i]!, unknown[j]!, { rule: "same_code", detail: `${key} of ${a} = ${key} of ${b} (one company name contains the other)`, sourceId: null });
      }
  }

  // ---- merge overrides ----
  overrides.assets.merge.forEach((entry) => {
    const owner = entry.company ? companies.root(companies.resolve(entry.company).id) : null;
    const found: number[] = [];
    for (const name of entry.names) {
      const hits = (byKey.get(keyOf(name)) ?? []).filter((n) => !owner || nodeOwner[n] === owner || nodeOwner[n] === UNKNOWN);
      if (hits.length === 0) warnings.push(`overrides: assets.merge: no stored event names ${JSON.stringify(name)}${entry.company ? ` of ${entry.company}` : ""}`);
      for (const h of hits) addSurface(h, name, "override", null);
      found.push(...hits);
    }
    for (const n of found.slice(1)) join(found[0]!, n, { rule: "override_merge", detail: `${entry.names.join(" = ")}${entry.reason ? ` (${entry.reason})` : ""}`, sourceId: null });
  });

  function surfaceOf(n: number): string {
    const map = nodeSurfaces[n];
    if (!map) return nodeKey[n]!;
    let best = "";
    let count = -1;
    for (const [name, s] of map) if (s.count > count || (s.count === count && stripDosageForm(name) === name && stripDosageForm(best) !== best)) [best, count] = [name, s.count];
    return best;
  }

  // ---- clusters → assets ----
  const members = new Map<number, number[]>();
  for (let n = 0; n < uf.length; n++) {
    const r = uf.find(n);
    const list = members.get(r);
    if (list) list.push(n);
    else members.set(r, [n]);
  }
  const notesByRoot = new Map<number, MergeNote[]>();
  for (const { a, note } of notes) {
    const r = uf.find(a);
    const list = notesByRoot.get(r) ?? [];
    if (list.length < MAX_NOTES) list.push(note);
    notesByRoot.set(r, list);
  }
  const modalities = new Map<number, Map<Modality, number>>();
  const targets = new Map<number, Map<string, number>>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const r = uf.find(eventNode[i]!);
    if (e.modality) {
      const m = modalities.get(r) ?? new Map<Modality, number>();
      m.set(e.modality, (m.get(e.modality) ?? 0) + 1);
      modalities.set(r, m);
    }
    if (e.targets.length) {
      const t = targets.get(r) ?? new Map<string, number>();
      for (const x of e.targets) t.set(x, (t.get(x) ?? 0) + 1);
      targets.set(r, t);
    }
  }

  const assetOfRoot = new Map<number, string>();
  const usedIds = new Set<string>();
  const assets: ResolvedAsset[] = [];
  const roots = [...members.keys()].sort((a, b) => a - b);
  for (const r of roots) {
    const nodes = members.get(r)!;
    const drugNodes = nodes.filter((n) => nodeDrug[n]);
    const byEvents = (a: number, b: number) => nodeEvents[b]! - nodeEvents[a]! || a - b;
    const drugNode = drugNodes.sort(byEvents)[0];
    const drug = drugNode !== undefined ? nodeDrug[drugNode]! : null;
    const ownerCounts = new Map<string, number>();
    for (const n of nodes) if (nodeOwner[n] !== UNKNOWN) ownerCounts.set(nodeOwner[n]!, (ownerCounts.get(nodeOwner[n]!) ?? 0) + nodeEvents[n]! + 1);
    let owner: string | null = drug ? ownerOfDrug(drug) : null;
    if (!owner) owner = [...ownerCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
    const named = nodes.filter((n) => nodeSurfaces[n]);
    const codeNodes = named.filter((n) => isCode(stripDosageForm(surfaceOf(n))));
    const main = [...(codeNodes.length ? codeNodes : named)].sort(byEvents)[0];
    const name = drug && drug.codes[0] && (main === undefined || !codeNodes.length) ? drug.codes[0] : main !== undefined ? stripDosageForm(surfaceOf(main)) : (drug?.inn[0] ?? drug?.zh[0] ?? nodeKey[r]!);
    let id = drug ? `drug:${drug.id}` : `${owner ?? UNKNOWN}:${main !== undefined ? nodeKey[main] : nodeKey[r]}`;
    if (usedIds.has(id)) {
      let k = 2;
      while (usedIds.has(`${id}#${k}`)) k++;
      id = `${id}#${k}`;
    }
    usedIds.add(id);
    assetOfRoot.set(r, id);
    const aliases = new Map<string, Alias>();
    for (const n of nodes) for (const [surface, s] of nodeSurfaces[n] ?? []) if (!aliases.has(surface)) aliases.set(surface, s.alias);
    for (const d of drugNodes.map((n) => nodeDrug[n]!)) for (const n of [...d.codes, ...d.inn, ...d.zh, ...d.brands]) if (!aliases.has(n)) aliases.set(n, { name: n, origin: "lexicon", sourceId: null });
    const modality = (drug?.modality as Modality | null | undefined) ?? [...(modalities.get(r) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const targetList = drug?.targets.length ? drug.targets : [...(targets.get(r) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([t]) => t);
    assets.push({ id, name, companyId: owner, modality, targets: targetList, aliases: [...aliases.values()].map((a) => ({ ...a, key: keyOf(a.name) })), why: notesByRoot.get(r) ?? [] });
  }
  const eventAssets = new Array<string>(events.length);
  for (let i = 0; i < events.length; i++) eventAssets[i] = assetOfRoot.get(uf.find(eventNode[i]!))!;
  return { assets, eventAssets, eventCompanies, warnings };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const OTHER_SCRIPT_NAME = /^(?:[\u4e00-\u9fff]{2,12}|[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})$/;

/** Names a sentence gives a company in apposition: "Zexing Bio (泽星生物)", "泽星生物（Zexing Bio）". */
export function companyPairsIn(company: string, sentences: string[]): string[] {
  const name = escapeRegExp(company.trim());
  const after = new RegExp(`${name}\\s*[(（]([^()（）]{2,40})[)）]`, "u");
  const before = new RegExp(`([A-Z][\\w&.'’-]*(?: [A-Z][\\w&.'’-]*){0,4})\\s*[(（]${name}[)）]`, "u");
  const out = new Set<string>();
  for (const s of sentences) {
    for (const m of [after.exec(s), before.exec(s)]) {
      const other = m?.[1]?.trim();
      if (!other || !OTHER_SCRIPT_NAME.test(other)) continue;
      if (/[\u4e00-\u9fff]/.test(other) === /[\u4e00-\u9fff]/.test(company)) continue; // a translation, not a ticker or a place
      out.add(other);
    }
  }
  return [...out];
}
