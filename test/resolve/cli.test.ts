import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { Command, CommanderError } from "commander";
import { loadCommands } from "../../src/cli/commands/index.ts";
import type { CliContext } from "../../src/cli/context.ts";
import { loadConfig } from "../../src/config/index.ts";
import { createExtractor, type Extractor } from "../../src/extract/index.ts";
import { AppError } from "../../src/shared/errors.ts";
import { openSqliteStore } from "../../src/store/index.ts";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/input/resolve");
const NOW = new Date("2025-07-01T00:00:00Z");
let extractor: Extractor | null = null;

/** Runs the CLI in this process against `db`, capturing output; AppErrors become exit codes as in main. */
async function cli(db: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const context: CliContext = {
    config: loadConfig({}, { db }),
    openStore: () => openSqliteStore(db),
    extractor: () => (extractor ??= createExtractor()),
    now: () => NOW,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    isTTY: false,
  };
  const program = new Command("dualtrack").exitOverride().configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  for (const register of await loadCommands()) register(program, () => context);
  try {
    await program.parseAsync(args, { from: "user" });
    return { code: 0, out: out.join("\n"), err: err.join("\n") };
  } catch (error) {
    if (error instanceof CommanderError) return { code: 2, out: out.join("\n"), err: err.join("\n") };
    if (error instanceof AppError) return { code: error.exitCode, out: out.join("\n"), err: [...err, error.message].join("\n") };
    throw error;
  }
}

const count = (db: string, sql: string): number => {
  const conn = new BetterSqlite3(db, { readonly: true });
  try {
    return conn.prepare(sql).pluck().get() as number;
  } finally {
    conn.close();
  }
};

describe("dualtrack resolve, asset, iit and landscape on ingested documents", () => {
  let dir: string;
  let db: string;
  let overrides: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "dualtrack-resolve-"));
    db = join(dir, "store.db");
    overrides = join(dir, "overrides.yaml");
    const ingest = await cli(db, ["ingest", FIXTURES]);
    assert.equal(ingest.code, 0, ingest.err);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("resolves once, then reports the store unchanged and writes nothing", async () => {
    const first = await cli(db, ["resolve", "--overrides", overrides]);
    assert.match(first.out, /^resolve: 8 events → 6 facts \(2 merged\), 3 assets, \d+ companies/);
    const snapshot = () => ["assets", "asset_aliases", "companies", "merged_events", "merged_event_members"].map((t) => count(db, `SELECT count(*) FROM ${t}`));
    const before = snapshot();
    assert.match((await cli(db, ["resolve", "--overrides", overrides])).out, /unchanged since the last run/);
    await cli(db, ["resolve", "--overrides", overrides, "--force"]);
    assert.deepEqual(snapshot(), before);
  });

  it("prints an asset's timeline with merged sources, the status progression and the recognition count", async () => {
    const r = await cli(db, ["asset", "ibi-363", "--overrides", overrides]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^IBI363 \(Innovent Biologics \/ 信达生物\)/);
    assert.match(r.out, /BTD ×1 \(NMPA\), Fast Track ×1 \(FDA\): 2 regulatory recognitions/);
    assert.match(r.out, /2025-06-04 {2}NMPA {2}BTD granted \(proposed 2025-05-20\).*\[3 sources\]/);
    assert.ok(r.out.indexOf("2024        FDA") < r.out.indexOf("2025-06-04  NMPA"), "date order");
  });

  it("explains merges with --why", async () => {
    const r = await cli(db, ["asset", "IBI363", "--why", "--overrides", overrides]);
    assert.match(r.out, /same_code: IBI-363 = IBI363/);
    assert.match(r.out, /status_progression: proposed 2025-05-20 → granted/);
    assert.match(r.out, /IBI-363: document [0-9a-f]{16}/);
  });

  it("shows look-alike codes of two companies as two assets, and JSON with the same facts", async () => {
    const r = await cli(db, ["asset", "ZX101", "--json", "--overrides", overrides]);
    const json = JSON.parse(r.out) as { assets: Array<{ asset: { name: string; companyEn: string | null; companyZh: string | null }; timeline: Array<{ type: string }> }> };
    assert.equal(json.assets.length, 2);
    const zexing = json.assets.find((a) => a.asset.companyEn === "Zexing Bio" || a.asset.companyZh === "泽星生物")!;
    // the first dosing in the IIT is the IIT event itself, not a company trial start
    assert.deepEqual(zexing.timeline.map((f) => f.type), ["iit", "ind_approved", "deal"]);
    const other = json.assets.find((a) => a !== zexing)!;
    assert.deepEqual(other.timeline.map((f) => f.type), ["ind_approved"]);
  });

  it("fails with not_found for an unknown asset", async () => {
    const r = await cli(db, ["asset", "NOPE-1", "--overrides", overrides]);
    assert.equal(r.code, 3);
  });

  it("lists IIT assets with days to first IND and first deal", async () => {
    const r = await cli(db, ["iit", "--json", "--overrides", overrides]);
    const links = JSON.parse(r.out) as Array<{ asset: string; iitDate: string; daysToInd: number; daysToDeal: number; firstDeal: { counterparty: string } }>;
    assert.equal(links.length, 1);
    assert.deepEqual([links[0]!.asset, links[0]!.iitDate, links[0]!.daysToInd, links[0]!.daysToDeal, links[0]!.firstDeal.counterparty], ["ZX-101", "2024-12-10", 91, 112, "Northwind Pharma"]);
    assert.match((await cli(db, ["iit", "--overrides", overrides])).out, /ZX-101 .* 2024-12-10 +2025-03-11 NMPA +91 /);
  });

  it("lists the landscape with stages in China and abroad, filtered by indication and modality, as CSV", async () => {
    const all = JSON.parse((await cli(db, ["landscape", "--json", "--overrides", overrides])).out) as Array<{ asset: string; stageChina: string | null; stageAbroad: string | null }>;
    const ibi = all.find((a) => a.asset === "IBI363")!;
    assert.deepEqual([ibi.stageChina, ibi.stageAbroad], ["ind", "ind"]);
    const myeloma = JSON.parse((await cli(db, ["landscape", "--indication", "multiple myeloma", "--json", "--overrides", overrides])).out) as Array<{ asset: string }>;
    assert.deepEqual(myeloma.map((a) => a.asset), ["ZX-101"]);
    const csv = await cli(db, ["landscape", "--modality", "small_molecule", "--csv", "--overrides", overrides]);
    assert.equal(csv.out, "asset,company,modality,targets,stage China,stage abroad,latest date,latest event\r\nZX101,瑞康医药,small_molecule,,ind,-,2025-02-18,IND approved NMPA");
  });

  it("applies an overrides file on the next command, and refuses an invalid one", async () => {
    const ids = JSON.parse((await cli(db, ["asset", "IBI363", "--json", "--overrides", overrides])).out) as { assets: Array<{ timeline: Array<{ type: string; eventIds: number[] }> }> };
    const btd = ids.assets[0]!.timeline.find((f) => f.type === "btd")!.eventIds;
    writeFileSync(overrides, `version: 1\nevents:\n  split:\n    - ids: [${btd[1]}, ${btd[2]}]\n      reason: two notices\n`);
    const split = await cli(db, ["asset", "IBI363", "--overrides", overrides]);
    assert.match(split.out, /BTD ×2 \(NMPA\), Fast Track ×1 \(FDA\): 3 regulatory recognitions/);
    writeFileSync(overrides, "version: 1\nassets:\n  merge:\n    - names: [ZX-101]\n");
    const bad = await cli(db, ["asset", "ZX-101", "--overrides", overrides]);
    assert.equal(bad.code, 4);
    assert.match(bad.err, /assets\.merge\.0\.names: list at least two names/);
    rmSync(overrides);
  });
});
