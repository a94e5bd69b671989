import type { Alias } from "../domain/index.ts";
import type { CompanyEntry } from "./lexicon-input.ts";
import { companyKey, simplify } from "./normalize-name.ts";
import type { MergeNote, ResolvedCompany } from "./types.ts";

/** How a company name was resolved: a lexicon company, a subsidiary found under one, or a name of its own. */
export type CompanyMatch = { id: string; how: "exact" | "legal_name" | "pair" | "subsidiary" | "unknown" };

const ZH_LEGAL = /(?:股份有限公司|有限责任公司|有限公司|集团|公司)$/;
const EN_LEGAL = /(?:\s*,?\s*(?:co\.?,?\s*ltd\.?|company limited|limited|ltd\.?|inc\.?|corp\.?|corporation|llc|plc|ag|gmbh|s\.?a\.?|group|holdings?))+\.?$/i;
/** A parenthesised place: 信达生物制药（苏州）有限公司, Innovent Biologics (Suzhou) Co., Ltd. */
const PLACE = /[(（]\s*(?:[\u4e00-\u9fff]{2,3}|shanghai|beijing|suzhou|hangzhou|shenzhen|guangzhou|nanjing|chengdu|wuhan|tianjin|hong kong|china|usa|us)\s*[)）]/i;
const PAIR = /^(.+?)\s*[(（]([^()（）]{2,})[)）]\s*$/;

const ZH_TRADE = /(?:生物医药科技|生物医药|生物科技|生物技术|生物制药|医药科技|制药|药业|医药|生物|科技|集团)+$/;
const EN_TRADE = /(?:\s+(?:bio-?pharmaceuticals?|bio-?pharma|pharmaceuticals?|pharma|biotech(?:nology)?|biologics|biosciences?|therapeutics|bio|medicine|medical|group|holdings?|international))+$/i;
const PLACE_START = /^(?:(?:四川|江苏|浙江|上海|北京|广东|深圳|杭州|苏州|南京|成都|天津|重庆|山东|湖北|武汉|广州|福建|厦门|石家庄|河北|安徽|合肥|江西|湖南|辽宁|吉林|黑龙江|香港|云南|贵州|陕西|西安|海南|珠海|泰州|连云港|无锡|常州|中山)(?:省|市)?|(?:sichuan|jiangsu|zhejiang|shanghai|beijing|guangdong|shenzhen|hangzhou|suzhou|nanjing|chengdu|tianjin|chongqing|shandong|wuhan|guangzhou|xiamen|hong kong|zhuhai|taizhou)\s)/i;

/** The distinctive core of a company name: no place, legal form or trade words (四川百利天恒药业股份有限公司 → 百利天恒). */
export function coreName(name: string): string {
  const core = stripLegalForm(name).replace(PLACE_START, "").replace(ZH_TRADE, "").replace(EN_TRADE, "").trim();
  return core || stripLegalForm(name);
}

const coreUsable = (key: string): boolean => (/[\u3400-\u9fff]/.test(key) ? key.length >= 3 : key.length >= 4);

/** A company name without its legal form and place qualifier: 四川百利天恒药业股份有限公司 → 四川百利天恒药业. */
export function stripLegalForm(name: string): string {
  let out = simplify(name.normalize("NFKC")).replace(PLACE, "").trim();
  for (let i = 0; i < 2; i++) out = out.replace(ZH_LEGAL, "").replace(EN_LEGAL, "").trim();
  return out || name.trim();
}

/**
 * Resolves company names as texts write them (Chinese, English, abbreviations, legal names of
 * subsidiaries) to lexicon companies, learning pairs as documents state them ("百利天恒 (Biokin)").
 * Subsidiaries sit under their parent; `root` gives the company that owns assets.
 */
export class CompanyResolver {
  private readonly byKey = new Map<string, string>();
  private readonly cores = new Map<string, string>();
  private readonly entries = new Map<string, CompanyEntry>();
  private readonly extra = new Map<string, ResolvedCompany>();
  private readonly cache = new Map<string, CompanyMatch>();
  private readonly seen = new Map<string, Map<string, Alias>>();
  /** Lexicon names usable as needles inside longer names, longest first. */
  private readonly needles: Array<{ key: string; id: string; latin: boolean }> = [];
  readonly notes = new Map<string, MergeNote[]>();
  private readonly prefixes = new Map<string, string>();

  constructor(entries: CompanyEntry[]) {
    for (const e of entries) {
      this.entries.set(e.id, e);
      for (const name of [...e.en, ...e.zh, ...e.abbr]) {
        for (const key of [companyKey(name), companyKey(stripLegalForm(name))]) if (key && !this.byKey.has(key)) this.byKey.set(key, e.id);
        const core = companyKey(coreName(name));
        if (coreUsable(core) && !this.cores.has(core)) this.cores.set(core, e.id);
        const k = companyKey(stripLegalForm(name));
        const latin = !/[\u3400-\u9fff]/.test(k);
        if ((latin && k.length >= 5) || (!latin && k.length >= 2)) this.needles.push({ key: k, id: e.id, latin });
      }
      for (const p of e.prefixes) this.prefixes.set(p.replace(/-$/, "").toUpperCase(), e.id);
    }
    this.needles.sort((a, b) => b.key.length - a.key.length);
  }

  /** Declares that two names are one company (a pair stated by a document, or an override). */
  learnPair(a: string, b: string, note: MergeNote): void {
    const ma = this.resolve(a);
    const mb = this.resolve(b);
    if (ma.id === mb.id) return;
    // a known company absorbs an unknown name; two unknown names join under the first
    const [keep, drop, dropName] = ma.how !== "unknown" || mb.how === "unknown" ? [ma, mb, b] : [mb, ma, a];
    if (drop.how !== "unknown") return; // two lexicon companies are never merged by a document
    this.byKey.set(companyKey(dropName), keep.id);
    this.byKey.set(companyKey(stripLegalForm(dropName)), keep.id);
    this.extra.delete(drop.id);
    this.cache.clear();
    this.addNote(keep.id, note);
  }

  /** The company a name denotes. Never fails: an unknown name becomes a company of its own. */
  resolve(name: string): CompanyMatch {
    let hit = this.cache.get(name);
    if (hit) return hit;
    hit = this.lookup(name);
    this.cache.set(name, hit);
    return hit;
  }

  private lookup(name: string): CompanyMatch {
    const key = companyKey(name);
    const exact = this.byKey.get(key);
    if (exact) return { id: exact, how: "exact" };
    const stripped = companyKey(stripLegalForm(name));
    const legal = this.byKey.get(stripped);
    if (legal) return { id: legal, how: "legal_name" };
    const core = companyKey(coreName(name));
    const byCore = coreUsable(core) ? (this.byKey.get(core) ?? this.cores.get(core)) : undefined;
    if (byCore) return { id: byCore, how: "legal_name" };
    const pair = PAIR.exec(name.normalize("NFKC"));
    if (pair && !PLACE.test(name)) {
      for (const part of [pair[1]!, pair[2]!]) {
        const m = this.byKey.get(companyKey(part)) ?? this.byKey.get(companyKey(stripLegalForm(part)));
        if (m) return { id: m, how: "pair" };
      }
    }
    const latinName = !/[\u3400-\u9fff]/.test(stripped);
    for (const n of this.needles) {
      if (n.latin !== latinName) continue;
      if (!stripped.includes(n.key)) continue;
      if (n.latin && !stripped.startsWith(n.key)) continue;
      const id = `${n.id}/${stripped}`;
      if (!this.extra.has(id)) {
        const isZh = !n.latin;
        this.extra.set(id, { id, nameEn: isZh ? null : name, nameZh: isZh ? name : null, parentId: n.id, aliases: [] });
        this.addNote(id, { rule: "stated_together", detail: `${name} is a subsidiary of ${this.display(n.id)} (its name contains ${n.key})`, sourceId: null });
      }
      return { id, how: "subsidiary" };
    }
    const id = `x:${stripped || key}`;
    if (!this.extra.has(id)) {
      const isZh = /[\u3400-\u9fff]/.test(name);
      this.extra.set(id, { id, nameEn: isZh ? null : name, nameZh: isZh ? name : null, parentId: null, aliases: [] });
    }
    return { id, how: "unknown" };
  }

  /** The company at the top of the parent chain (the one that owns assets). */
  root(id: string): string {
    let cur = id;
    for (let i = 0; i < 8; i++) {
      const parent = this.entries.get(cur)?.parent ?? this.extra.get(cur)?.parentId ?? null;
      if (!parent || (!this.entries.has(parent) && !this.extra.has(parent))) return cur;
      cur = parent;
    }
    return cur;
  }

  /** The lexicon company whose drug-code prefix starts the code (IBI363 → innovent), or null. */
  byCodePrefix(prefix: string | null): string | null {
    return prefix ? (this.prefixes.get(prefix) ?? null) : null;
  }

  isKnown(id: string): boolean {
    return this.entries.has(id) || (this.extra.get(id)?.parentId ?? null) !== null;
  }

  /** Records that an event wrote the company this way. */
  saw(id: string, name: string, origin: Alias["origin"], sourceId: string | null): void {
    let aliases = this.seen.get(id);
    if (!aliases) this.seen.set(id, (aliases = new Map()));
    if (!aliases.has(name) && aliases.size < 50) aliases.set(name, { name, origin, sourceId });
  }

  display(id: string): string {
    const e = this.entries.get(id);
    if (e) return e.en[0] ?? e.zh[0] ?? id;
    const x = this.extra.get(id);
    return x?.nameEn ?? x?.nameZh ?? id;
  }

  private addNote(id: string, note: MergeNote): void {
    const list = this.notes.get(id) ?? [];
    if (list.length < 20) list.push(note);
    this.notes.set(id, list);
  }

  /** Every company that events name, with its ancestors, parents first. */
  companies(): ResolvedCompany[] {
    const wanted = new Set<string>();
    for (const id of this.seen.keys()) {
      let cur: string | null = id;
      for (let i = 0; cur && i < 8 && !wanted.has(cur); i++) {
        wanted.add(cur);
        cur = this.entries.get(cur)?.parent ?? this.extra.get(cur)?.parentId ?? null;
      }
    }
    const out: ResolvedCompany[] = [];
    for (const id of [...wanted].sort()) {
      const e = this.entries.get(id);
      const seen = [...(this.seen.get(id)?.values() ?? [])];
      if (e) {
        const lexicon: Alias[] = [...e.en, ...e.zh, ...e.abbr].map((name) => ({ name, origin: "lexicon", sourceId: null }));
        const parent = e.parent && this.entries.has(e.parent) ? e.parent : null;
        out.push({ id, nameEn: e.en[0] ?? null, nameZh: e.zh[0] ?? null, parentId: parent, aliases: dedupeAliases([...lexicon, ...seen]) });
      } else {
        const x = this.extra.get(id);
        if (!x) continue;
        out.push({ ...x, aliases: dedupeAliases(seen) });
      }
    }
    // parents before children, so foreign keys hold while inserting
    const depth = (c: ResolvedCompany): number => {
      let d = 0;
      for (let p = c.parentId; p && d < 8; d++) p = this.entries.get(p)?.parent ?? this.extra.get(p)?.parentId ?? null;
      return d;
    };
    return out.sort((a, b) => depth(a) - depth(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

export function dedupeAliases(aliases: Alias[]): Alias[] {
  const out = new Map<string, Alias>();
  for (const a of aliases) {
    const key = companyKey(a.name);
    if (key && !out.has(key)) out.set(key, a);
  }
  return [...out.values()];
}
