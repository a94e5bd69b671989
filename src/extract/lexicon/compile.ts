import type { Agency, EventType, Modality, Status } from "../../domain/index.ts";
import { PatternSet } from "../pattern-set.ts";
import { Trie } from "../trie.ts";
import type { Lexicons } from "./load-lexicons.ts";

export type CompanyEntry = { id: string; en: string | null; zh: string | null; country: string | null; parent: string | null };
export type DrugEntry = { id: string; company: string | null; modality: Modality | null; targets: string[] };
/** A target name found: its HGNC symbol, or a family's members, each a target of the drug. */
export type TargetHit = { symbol: string; term: string; caseSensitive: boolean; members?: string[] };
export type NameDictionaries = { company: string; drug: string; target: TargetHit };
export type TriggerRule = { type: EventType; status: Status | null; agency: Agency | null; re: RegExp };

/** The lexicons compiled for matching: tries for names, regular expressions for cue wording. */
export type Matchers = {
  /** Company, drug and target names, scanned together. */
  names: Trie<NameDictionaries>;
  companyById: Map<string, CompanyEntry>;
  prefixes: Array<{ prefix: string; companyId: string }>;
  /** The machine-translated company names, lower case. */
  machineTranslatedNames: Set<string>;
  drugById: Map<string, DrugEntry>;
  /** Every trigger pattern, scanned together. */
  triggerScan: PatternSet<TriggerRule>;
  /** Modality cues, most specific first: the first that matches sets the modality. */
  modalityCues: PatternSet<Modality>;
  plans: RegExp;
  /** Words after a trigger that leave it undone ("IIT正在筹备中"). */
  pending: RegExp;
  negations: RegExp;
  /** Hearsay anywhere in a sentence makes all it tells hearsay ("市场传闻X正在与多家MNC接触，探讨Y的全球合作"). */
  hearsay: RegExp;
  /** An application taken back, in the trigger's clause or just after it ("…申请，已于本周由申请人主动撤回"). */
  withdrawals: RegExp;
  disclaimers: RegExp;
  history: RegExp;
  /** Every agency pattern, scanned together. */
  agencyScan: PatternSet<Agency | null>;
  /** The event types a roundup's section heading announces ("一、突破性治疗公示", "【受理信息】"). */
  sections: Array<{ types: EventType[]; re: RegExp }>;
};

/** The event types a roundup's section heading announces ("一、突破性治疗公示" → btd). */
export function announcedTypes(sections: Matchers["sections"], heading: string): EventType[] {
  return sections.filter((x) => x.re.test(heading)).flatMap((x) => x.types);
}

const union = (patterns: string[], flags = "i") => new RegExp(patterns.map((p) => `(?:${p})`).join("|"), flags);
// Purely alphabetic short target names that are also words (APRIL, STING, tau) only match in their written case.
const AMBIGUOUS_SYMBOLS = new Set(["OTC", "CHM", "IDS", "APP", "ACE", "CAT", "REST", "SET", "MAX", "ATM", "CAR", "ARC", "PC", "CA", "FAT", "HR", "CI", "OS", "IT", "SHE", "AGO", "CD", "GC", "PAH", "TNF", "NOV", "DEC", "MAY"]);
const isWordLike = (term: string) => /^[A-Za-z]{2,6}$/.test(term);

export function compileLexicons(lex: Lexicons): Matchers {
  const names = new Trie<NameDictionaries>(["company", "drug", "target"]);
  const companyById = new Map<string, CompanyEntry>();
  const prefixes: Matchers["prefixes"] = [];
  const machineTranslatedNames = new Set<string>();
  for (const c of lex.companies.companies) {
    companyById.set(c.id, { id: c.id, en: c.en[0] ?? null, zh: c.zh[0] ?? null, country: c.country ?? null, parent: c.parent ?? null });
    for (const name of [...c.zh, ...c.en, ...c.abbr, ...c.mt]) if (name.length >= 2) names.add("company", name, c.id);
    for (const name of c.mt) machineTranslatedNames.add(name.toLowerCase());
    for (const prefix of c.prefixes) prefixes.push({ prefix: prefix.toUpperCase(), companyId: c.id });
  }
  prefixes.sort((a, b) => b.prefix.length - a.prefix.length);

  for (const t of lex.targets.targets) {
    // symbols that are also everyday abbreviations ("智通财经APP讯") are matched only by their other names
    const members = t.members ? { members: t.members } : {};
    if (!AMBIGUOUS_SYMBOLS.has(t.symbol)) names.add("target", t.symbol, { symbol: t.symbol, term: t.symbol, caseSensitive: isWordLike(t.symbol) && t.symbol.length <= 3, ...members });
    for (const name of t.names) names.add("target", name, { symbol: t.symbol, term: name, caseSensitive: isWordLike(name), ...members });
  }

  const drugById = new Map<string, DrugEntry>();
  for (const d of lex.drugs.drugs) {
    drugById.set(d.id, { id: d.id, company: d.company ?? null, modality: d.modality ?? null, targets: d.targets });
    for (const name of [...d.codes, ...d.inn, ...d.zh, ...d.brands]) if (name.length >= 3 || /[\u4e00-\u9fff]{2}/.test(name)) names.add("drug", name, d.id);
  }

  const triggers = lex.triggers.triggers.flatMap((t) =>
    t.patterns.map((p) => ({ type: t.type, status: t.status ?? null, agency: t.agency ?? null, re: new RegExp(p, "gi") })),
  );
  return {
    names,
    companyById,
    prefixes,
    machineTranslatedNames,
    drugById,
    triggerScan: new PatternSet(
      triggers.map((t) => ({ source: t.re.source, value: t })),
      "gi",
    ),
    modalityCues: new PatternSet(
      lex.cues.modalities.flatMap((m) => m.patterns.map((source) => ({ source, value: m.modality }))),
      "i",
    ),
    plans: union(lex.cues.plans),
    pending: union(lex.cues.pending),
    negations: union(lex.cues.negations),
    hearsay: union(lex.cues.hearsay),
    withdrawals: union(lex.cues.withdrawals),
    disclaimers: union(lex.cues.disclaimers),
    history: union(lex.cues.history),
    agencyScan: new PatternSet(
      lex.cues.agencies.flatMap((a) => a.patterns.map((source) => ({ source, value: a.agency }))),
      "gi",
    ),
    sections: lex.cues.sections.map((x) => ({ types: x.types, re: union(x.patterns) })),
  };
}
