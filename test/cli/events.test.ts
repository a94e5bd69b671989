import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { EVENT_COLUMNS } from "../../src/cli/commands/events.ts";
import { EventSchema } from "../../src/domain/index.ts";
import type { StoredEvent } from "../../src/store/index.ts";
import { runInProcess } from "../support/cli.ts";
import { FIXTURES } from "../support/paths.ts";
import { createTmpDir, type TmpDir } from "../support/tmp-dir.ts";

const CLI_FIXTURES = join(FIXTURES, "cli");

let dir: TmpDir;
let db: string;
/** Every stored event as `events --json` prints it: what each filter's output is checked against. */
let all: StoredEvent[];

const events = async (...args: string[]): Promise<string[]> => {
  const run = await runInProcess(db, ["events", ...args]);
  assert.equal(run.code, 0, run.stderr.join("\n"));
  return run.stdout;
};
const json = async (...args: string[]): Promise<StoredEvent[]> => JSON.parse((await events(...args, "--format", "json")).join("\n")) as StoredEvent[];
const ids = (list: StoredEvent[]): number[] => list.map((e) => e.id);
/** Partial dates overlap: an event dated 2025-03 is on or after 2025-03-10 and on or before 2025-03-05. */
const onOrAfter = (date: string | null, since: string) => date !== null && date >= since.slice(0, date.length);
const onOrBefore = (date: string | null, until: string) => date !== null && date.slice(0, until.length) <= until;

before(async () => {
  dir = createTmpDir("dualtrack-events-");
  db = dir.join("store.db");
  const ingest = await runInProcess(db, ["ingest", CLI_FIXTURES]);
  assert.equal(ingest.code, 0, ingest.stderr.join("\n"));
  all = await json();
});
after(() => dir.remove());

describe("dualtrack events", () => {
  it("finds the events of the fixture documents (an NMPA BTD, an FDA Fast Track, a deal, an IND approval)", () => {
    const has = (asset: string, type: string, agency: string | null) => all.some((e) => e.asset === asset && e.type === type && e.agency === agency);
    assert.ok(has("IBI363", "btd", "NMPA"), JSON.stringify(all, null, 1));
    assert.ok(has("IBI343", "fast_track", "FDA"));
    assert.ok(all.some((e) => e.asset === "HRS9531" && e.type === "deal" && e.upfront_usd === 110_000_000));
    assert.ok(has("SKB264", "ind_approved", "NMPA"));
  });

  it("prints a table with a header row, a rule and one row per event, and the count on stderr", async () => {
    const run = await runInProcess(db, ["events"]);
    assert.equal(run.code, 0);
    const [header, rule, ...rows] = run.stdout;
    assert.deepEqual(header!.split(/\s{2,}/), EVENT_COLUMNS);
    assert.match(rule!, /^-+( {2}-+)+$/);
    assert.equal(rows.length, all.length);
    const btd = all.find((e) => e.asset === "IBI363" && e.type === "btd")!;
    assert.ok(rows.some((r) => r.split(/\s{2,}/).slice(0, 6).join("|") === [btd.date, "IBI363", btd.company, "btd", "granted", "NMPA"].join("|")), rows.join("\n"));
    assert.deepEqual(run.stderr, [`${all.length} event(s)`]);
  });

  it("prints valid JSON with every field of the event schema, the id, the key and the sources", async () => {
    assert.ok(all.length >= 4);
    for (const e of all) {
      for (const field of Object.keys(EventSchema.shape)) assert.ok(field in e, `field ${field} is missing`);
      assert.ok(EventSchema.safeParse(e).success, JSON.stringify(e));
      assert.equal(typeof e.id, "number");
      assert.match(e.key, /^[0-9a-f]{64}$/);
      assert.ok(e.sources.length >= 1);
      assert.ok(e.sources[0]!.sentence.length > 0);
    }
    const btd = all.find((e) => e.asset === "IBI363" && e.type === "btd")!;
    assert.equal(btd.sources[0]!.url, "https://fixtures.dualtrack.example/cli/ibi363-btd-nmpa");
    assert.ok(btd.sources.every((s) => s.sentence.includes("突破性治疗药物") && s.documentId === btd.sources[0]!.documentId));
  });

  it("prints the same JSON with --json as with --format json", async () => {
    assert.deepEqual(JSON.parse((await events("--json")).join("\n")), all);
  });

  it("prints CSV: the column header, then one row per event", async () => {
    const lines = (await events("--format", "csv")).join("\n").split("\r\n").filter(Boolean);
    assert.equal(lines[0], EVENT_COLUMNS.join(","));
    assert.equal(lines.length - 1, all.length);
    const btd = all.find((e) => e.asset === "IBI363" && e.type === "btd")!;
    assert.ok(lines.some((l) => l.startsWith(`2025-06-04,IBI363,${btd.company ?? ""},btd,granted,NMPA,`)), lines.join("\n"));
    assert.ok(lines.some((l) => l.includes(`,${btd.targets.join("/")},`)));
  });

  it("prints an empty JSON list when nothing matches", async () => {
    assert.deepEqual(await json("--q", "没有这种药物"), []);
  });

  it("filters by --type, comma-separated or repeated", async () => {
    const expected = all.filter((e) => e.type === "fast_track" || e.type === "btd");
    assert.ok(expected.length >= 2);
    assert.deepEqual(ids(await json("--type", "fast_track,btd")), ids(expected));
    assert.deepEqual(ids(await json("--type", "fast_track", "--type", "btd")), ids(expected));
  });

  it("filters by --agency", async () => {
    const expected = all.filter((e) => e.agency === "FDA");
    assert.ok(expected.some((e) => e.asset === "IBI343"));
    assert.deepEqual(ids(await json("--agency", "FDA")), ids(expected));
  });

  it("filters by --company, a case-insensitive substring", async () => {
    const expected = all.filter((e) => e.company?.toLowerCase().includes("innovent"));
    assert.ok(expected.length >= 1);
    assert.deepEqual(ids(await json("--company", "INNOVENT")), ids(expected));
  });

  it("filters by --asset, name or alias", async () => {
    const expected = all.filter((e) => e.asset === "SKB264");
    assert.ok(expected.some((e) => e.asset_aliases.includes("芦康沙妥珠单抗")));
    assert.deepEqual(ids(await json("--asset", "芦康沙妥珠单抗")), ids(expected));
  });

  it("filters by --since and --until with partial dates", async () => {
    const since = all.filter((e) => onOrAfter(e.date, "2025-03-10"));
    assert.ok(since.some((e) => e.date === "2025-03"), "the month-dated IND approval is within since 2025-03-10");
    assert.deepEqual(ids(await json("--since", "2025-03-10")), ids(since));
    const until = all.filter((e) => onOrBefore(e.date, "2024-12"));
    assert.ok(until.length >= 2 && until.every((e) => e.date!.startsWith("2024")));
    assert.deepEqual(ids(await json("--until", "2024-12")), ids(until));
    assert.deepEqual(ids(await json("--since", "2024-06", "--until", "2024-12-31")), ids(all.filter((e) => onOrAfter(e.date, "2024-06") && onOrBefore(e.date, "2024-12-31"))));
  });

  it("searches Chinese substrings and English words with --q", async () => {
    const btd = await json("--q", "突破性治疗");
    assert.ok(btd.length >= 1 && btd.every((e) => e.sources.some((s) => s.sentence.includes("突破性治疗")) || e.indication?.includes("突破性治疗")));
    assert.ok(btd.some((e) => e.asset === "IBI363"));
    const fastTrack = await json("--q", "Fast Track");
    assert.ok(fastTrack.some((e) => e.asset === "IBI343"));
    assert.ok(fastTrack.every((e) => e.sources.some((s) => /fast track/i.test(s.sentence))));
  });

  it("combines filters and limits the number of events", async () => {
    const expected = all.filter((e) => e.agency === "NMPA" && onOrAfter(e.date, "2025"));
    assert.deepEqual(ids(await json("--agency", "NMPA", "--since", "2025")), ids(expected));
    assert.deepEqual(ids(await json("--limit", "2")), ids(all.slice(0, 2)));
  });
});
