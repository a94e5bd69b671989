// Scores resolution on test/fixtures/resolve-eval.yaml: alias pairs (do two mentions denote one drug?) and event
// pairs (do two events state one fact?). Each pair is resolved on its own with the real lexicons. Prints each
// miss, then precision and recall over the pairs the resolver put together.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { AGENCIES, EVENT_TYPES, PHASES, STATUSES } from "../src/domain/index.ts";
import { loadLexicons } from "../src/extract/lexicon/load-lexicons.ts";
import { makeResolveEvent, resolveEvents, type ResolveEvent } from "../src/resolve/index.ts";

const FILE = join(dirname(fileURLToPath(import.meta.url)), "../test/fixtures/resolve-eval.yaml");

const Mention = z.object({ name: z.string().min(1), company: z.string().nullable() }).strict();
const EvalEvent = z
  .object({
    asset: z.string().min(1),
    company: z.string().nullable(),
    type: z.enum(EVENT_TYPES),
    status: z.enum(STATUSES).nullable().default(null),
    agency: z.enum(AGENCIES).nullable(),
    date: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10)), z.number().transform(String)]).nullable(),
    indication: z.string().nullable(),
    counterparty: z.string().nullable().default(null),
    upfront: z.number().nullable().default(null),
    phase: z.enum(PHASES).nullable().default(null),
    official: z.boolean().default(false),
  })
  .strict();
const EvalSchema = z.object({
  version: z.literal(1),
  aliases: z.array(z.object({ a: Mention, b: Mention, same: z.boolean(), stated: z.array(z.string()).optional(), note: z.string().optional() }).strict()),
  events: z.array(z.object({ a: EvalEvent, b: EvalEvent, same: z.boolean(), note: z.string().optional() }).strict()),
});

const parsed = EvalSchema.safeParse(parse(readFileSync(FILE, "utf8"), { version: "1.1" }));
if (!parsed.success) {
  console.error(`resolve-eval.yaml: ${parsed.error.issues[0]!.path.join(".")}: ${parsed.error.issues[0]!.message}`);
  process.exit(1);
}
const all = loadLexicons();
const lexicons = { companies: all.companies.companies, drugs: all.drugs.drugs };

const base = (id: number, fields: Partial<ResolveEvent>): ResolveEvent =>
  makeResolveEvent({ id, asset: "", type: "ind_approved", agency: "NMPA", sources: [`doc-${id}`], ...fields });

type Score = { tp: number; fp: number; fn: number; tn: number };
const score = (): Score => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const count = (s: Score, predicted: boolean, expected: boolean) => {
  if (predicted && expected) s.tp++;
  else if (predicted) s.fp++;
  else if (expected) s.fn++;
  else s.tn++;
};

const aliasScore = score();
for (const pair of parsed.data.aliases) {
  const events = [base(1, { asset: pair.a.name, company: pair.a.company }), base(2, { asset: pair.b.name, company: pair.b.company, type: "btd", status: "granted" })];
  if (pair.stated) events.push(base(3, { asset: pair.stated[0]!, aliases: pair.stated.slice(1), company: pair.a.company, type: "approval" }));
  const r = resolveEvents(events, lexicons);
  const predicted = r.links[0]!.assetId === r.links[1]!.assetId;
  count(aliasScore, predicted, pair.same);
  if (predicted !== pair.same) console.log(`alias miss: ${pair.a.name} (${pair.a.company}) ${pair.same ? "≠" : "="} ${pair.b.name} (${pair.b.company}) — expected ${pair.same ? "same" : "different"}`);
}

const eventScore = score();
for (const pair of parsed.data.events) {
  const toEvent = (id: number, e: z.infer<typeof EvalEvent>) =>
    base(id, { asset: e.asset, company: e.company, type: e.type, status: e.status, agency: e.agency, date: e.date, indication: e.indication, counterparty: e.counterparty, upfrontUsd: e.upfront, phase: e.phase, official: e.official });
  const r = resolveEvents([toEvent(1, pair.a), toEvent(2, pair.b)], lexicons);
  const predicted = r.merged.length === 1;
  count(eventScore, predicted, pair.same);
  if (predicted !== pair.same) console.log(`event miss: ${pair.a.asset} ${pair.a.type} ${pair.a.date} | ${pair.b.asset} ${pair.b.type} ${pair.b.date} — expected ${pair.same ? "same" : "different"}`);
}

const pr = (s: Score) => ({ precision: s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1, recall: s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1 });
const line = (name: string, s: Score) => {
  const { precision, recall } = pr(s);
  console.log(`${name}: ${s.tp + s.fp + s.fn + s.tn} pairs (${s.tp + s.fn} same, ${s.fp + s.tn} different): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
};
line("aliases", aliasScore);
line("events", eventScore);
const total: Score = { tp: aliasScore.tp + eventScore.tp, fp: aliasScore.fp + eventScore.fp, fn: aliasScore.fn + eventScore.fn, tn: aliasScore.tn + eventScore.tn };
const { precision, recall } = pr(total);
console.log(`eval:resolve: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} over ${total.tp + total.fp + total.fn + total.tn} pairs`);
