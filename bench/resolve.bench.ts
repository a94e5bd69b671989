// Resolves 1M generated events in memory (the pure resolver, as `dualtrack resolve` runs it after reading the
// store) and prints the time and peak memory. The last line: `resolve: X s, peak RSS Y MB for N events`.
import { loadLexicons } from "../src/extract/lexicon/load-lexicons.ts";
import { makeResolveEvent, resolveEvents, type ResolveEvent } from "../src/resolve/index.ts";
import { AGENCIES, EVENT_TYPES } from "../src/domain/index.ts";

const N = Number(process.argv[2] ?? 1_000_000);
const all = loadLexicons();
const lexicons = { companies: all.companies.companies, drugs: all.drugs.drugs };

/** A deterministic pseudo-random sequence (mulberry32), so every run resolves the same events. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const companies = lexicons.companies.slice(0, 400);
const INDICATIONS = ["非小细胞肺癌", "non-small cell lung cancer", "breast cancer", "乳腺癌", "胃癌", "hepatocellular carcinoma", "多发性骨髓瘤", "systemic lupus erythematosus", null];
const ASSETS = 120_000;

function generate(n: number): ResolveEvent[] {
  const events: ResolveEvent[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = Math.floor(random() * ASSETS);
    const company = companies[a % companies.length]!;
    const prefix = (company.prefixes[0] ?? company.id.slice(0, 3)).replace(/-$/, "").toUpperCase();
    const code = `${prefix}${1000 + a}`;
    const variant = random() < 0.3 ? `${prefix}-${1000 + a}` : random() < 0.1 ? `注射用${code}` : code;
    const companyName = random() < 0.5 ? (company.en[0] ?? company.id) : (company.zh[0] ?? company.en[0] ?? company.id);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const date = `${2020 + (a % 6)}-${String(month).padStart(2, "0")}${random() < 0.7 ? `-${String(day).padStart(2, "0")}` : ""}`;
    // properties in this order: the generator's random draws stay the same
    events[i] = makeResolveEvent({
      id: i + 1,
      asset: variant,
      aliases: random() < 0.1 ? [`${company.id}-drug-${a}`] : [],
      company: random() < 0.9 ? companyName : null,
      type: pick(EVENT_TYPES),
      status: random() < 0.5 ? "granted" : null,
      agency: pick(AGENCIES),
      date,
      indication: pick(INDICATIONS),
      sources: [`doc${Math.floor(random() * 300_000)}`],
      official: random() < 0.2,
    });
  }
  return events;
}

let peak = process.memoryUsage().rss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const t0 = performance.now();
const events = generate(N);
const t1 = performance.now();
const result = resolveEvents(events, lexicons);
const t2 = performance.now();
peak = Math.max(peak, process.memoryUsage().rss);
clearInterval(timer);
console.log(`generated ${N} events in ${((t1 - t0) / 1000).toFixed(1)} s`);
console.log(`assets ${result.assets.length}, companies ${result.companies.length}, facts ${result.merged.length}, warnings ${result.warnings.length}`);
console.log(`resolve: ${((t2 - t1) / 1000).toFixed(1)} s, peak RSS ${Math.round(peak / 1024 / 1024)} MB for ${N} events`);
