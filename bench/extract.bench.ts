// npm run bench:extract [-- --mb 50 --dense-mb 5]: generates mixed Chinese/English pipeline news with the seeded,
// deterministic generator of bench/news-corpus.ts (varied announcements, press releases, roundups, deals, congress
// data and articles without events, calibrated to the dev set's density: ~36% of sentences with a trigger, ~2
// events/KB), prints its statistics next to the dev set's (../shared/data/dev, when present), runs the extractor
// over it document by document and, over the same text in the same run, one plain regex scan. Then a small dense
// stress corpus (every sentence an event). Prints throughput, memory and, as its last line:
// extract: X MB/s, Y docs/s; plain scan: Z MB/s; ratio R
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { createExtractor } from "../src/extract/index.ts";
import { compileLexicons } from "../src/extract/lexicon/compile.ts";
import { loadLexicons } from "../src/extract/lexicon/load-lexicons.ts";
import { prepareText } from "../src/extract/text/prepare.ts";
import { splitSentences } from "../src/extract/text/sentences.ts";
import { generateDense, generateNews } from "./news-corpus.ts";

const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const targetMb = numberArg("--mb", 50);
const denseMb = numberArg("--dense-mb", 5);
const DEV_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../shared/data/dev");

const extractor = createExtractor();
const triggerScan = compileLexicons(loadLexicons()).triggerScan;
const extract = (text: string, documentId: string) => extractor.extract({ documentId, text, lang: null, published: "2025-06-01", title: null });

/** Sentences (as the extractor splits the prepared text) and how many of them contain a trigger. */
function triggerShare(texts: Iterable<string>): { sentences: number; withTrigger: number; bytes: number } {
  let sentences = 0;
  let withTrigger = 0;
  let bytes = 0;
  for (const text of texts) {
    bytes += Buffer.byteLength(text, "utf8");
    for (const s of splitSentences(prepareText(text).work)) {
      sentences++;
      if (triggerScan.test(s.text)) withTrigger++;
    }
  }
  return { sentences, withTrigger, bytes };
}
const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

// --- main corpus --------------------------------------------------------------------------------------------
const news = generateNews(targetMb * 1024 * 1024);
const docs = news.map((d) => d.text);
const bytes = docs.reduce((sum, text) => sum + Buffer.byteLength(text, "utf8"), 0);
const mb = bytes / 1024 / 1024;
const zhDocs = news.filter((d) => d.zh).length;
const sampleTexts: string[] = [];
for (let i = 0, sampleBytes = 0; i < docs.length && sampleBytes < 2 * 1024 * 1024; i++) {
  sampleTexts.push(docs[i]!);
  sampleBytes += Buffer.byteLength(docs[i]!, "utf8");
}
const sample = triggerShare(sampleTexts);
console.log(
  `corpus: ${mb.toFixed(1)} MB in ${docs.length} documents (${pct(zhDocs, docs.length)} Chinese); ` +
    `first ${(sample.bytes / 1048576).toFixed(1)} MB: ${pct(sample.withTrigger, sample.sentences)} of ${sample.sentences} sentences with a trigger, ${(sample.bytes / sample.sentences).toFixed(0)} bytes/sentence`,
);

// --- dev set reference --------------------------------------------------------------------------------------
const GoldFile = z.object({ events: z.array(z.unknown()) });
if (existsSync(join(DEV_DIR, "texts"))) {
  const names = readdirSync(join(DEV_DIR, "texts")).filter((f) => f.endsWith(".txt")).sort();
  const texts = names.map((f) => readFileSync(join(DEV_DIR, "texts", f), "utf8"));
  const dev = triggerShare(texts);
  const kb = dev.bytes / 1024;
  const found = texts.reduce((sum, text, i) => sum + extract(text, `dev-${i}`).events.length, 0);
  let gold = 0;
  for (const f of names) {
    const goldPath = join(DEV_DIR, "gold", f.replace(/\.txt$/, ".json"));
    if (existsSync(goldPath)) gold += GoldFile.parse(JSON.parse(readFileSync(goldPath, "utf8"))).events.length;
  }
  console.log(
    `dev reference: ${texts.length} texts, ${kb.toFixed(0)} KB; ${pct(dev.withTrigger, dev.sentences)} of ${dev.sentences} sentences with a trigger, ` +
      `${(dev.bytes / dev.sentences).toFixed(0)} bytes/sentence; gold ${(gold / kb).toFixed(2)} events/KB, extracted ${(found / kb).toFixed(2)} events/KB`,
  );
} else {
  console.log(`dev reference: ${DEV_DIR} is absent, no reference figures`);
}

// --- extraction over the main corpus ------------------------------------------------------------------------
extract(docs[0]!, "warm");
const heapBefore = process.memoryUsage().heapUsed;
let heapPeak = heapBefore;
let events = 0;
const t0 = process.hrtime.bigint();
docs.forEach((text, i) => {
  events += extract(text, String(i)).events.length;
  if (i % 500 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
});
const extractSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

const PLAIN = /[\u4e00-\u9fff]+|[A-Za-z0-9]+/g;
let tokens = 0;
const t1 = process.hrtime.bigint();
for (const text of docs) for (const _ of text.matchAll(PLAIN)) tokens++;
const plainSeconds = Number(process.hrtime.bigint() - t1) / 1e9;

// --- dense stress corpus ------------------------------------------------------------------------------------
const dense = generateDense(denseMb * 1024 * 1024);
const denseStats = triggerShare(dense);
const denseBytes = denseStats.bytes;
let denseEvents = 0;
const t2 = process.hrtime.bigint();
dense.forEach((text, i) => {
  denseEvents += extract(text, `dense-${i}`).events.length;
});
const denseSeconds = Number(process.hrtime.bigint() - t2) / 1e9;

const extractMbs = mb / extractSeconds;
const plainMbs = mb / plainSeconds;
console.log(`corpus: ${events} events extracted (${(events / (bytes / 1024)).toFixed(2)} events/KB); ${tokens} tokens in the plain scan`);
console.log(`heap: ${(heapBefore / 1048576).toFixed(0)} MB before, peak ${(heapPeak / 1048576).toFixed(0)} MB during extraction (sampled every 500 documents)`);
console.log(
  `dense corpus: ${(denseBytes / 1048576).toFixed(1)} MB in ${dense.length} documents; ${pct(denseStats.withTrigger, denseStats.sentences)} of ${denseStats.sentences} sentences with a trigger (the rest are event wording the lexicon misses)`,
);
console.log(`dense (every sentence an event): ${(denseBytes / 1048576 / denseSeconds).toFixed(1)} MB/s, ${(denseEvents / (denseBytes / 1024)).toFixed(2)} events/KB`);
console.log(`extract: ${extractMbs.toFixed(1)} MB/s, ${(docs.length / extractSeconds).toFixed(0)} docs/s; plain scan: ${plainMbs.toFixed(1)} MB/s; ratio ${(extractMbs / plainMbs).toFixed(2)}`);
