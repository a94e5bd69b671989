import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { Command } from "commander";
import { registerDigest } from "../../src/cli/commands/digest.ts";
import { registerReport } from "../../src/cli/commands/report.ts";
import type { CliContext } from "../../src/cli/context.ts";
import { AppError } from "../../src/shared/errors.ts";
import { openSqliteStore } from "../../src/store/index.ts";
import { fixtureStore } from "./support/fixture-store.ts";
import { WEEK_43 } from "./support/week-43.ts";

describe("digest and report commands", () => {
  let dir: string;
  let db: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "dualtrack-digest-cli-"));
    const f = await fixtureStore(WEEK_43);
    db = join(dir, "copy.db");
    f.store.raw.exec(`VACUUM INTO '${db.replace(/'/g, "''")}'`);
    await f.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function run(args: string[]): Promise<{ out: string[]; err: string[] }> {
    const out: string[] = [];
    const err: string[] = [];
    const ctx = {
      config: { db, maxFileMb: 20, token: "", userAgent: "test" },
      openStore: () => openSqliteStore(db),
      extractor: () => {
        throw new Error("not used");
      },
      now: () => new Date("2025-10-28T09:00:00+08:00"),
      stdout: (line: string) => out.push(line),
      stderr: (line: string) => err.push(line),
      isTTY: false,
    } as unknown as CliContext;
    const program = new Command("dualtrack").exitOverride().configureOutput({ writeErr: () => {} });
    registerDigest(program, () => ctx);
    registerReport(program, () => ctx);
    for (const c of program.commands) c.exitOverride().configureOutput({ writeErr: () => {} });
    await program.parseAsync(["node", "dualtrack", ...args]);
    return { out, err };
  }

  it("prints last week's digest by default, from the clock", async () => {
    const { out } = await run(["digest"]);
    assert.match(out.join("\n"), /^# Weekly digest of China's innovative-drug events: 20–26 October 2025 \(2025-W43\)/);
  });

  it("writes Markdown with its charts beside it", async () => {
    await run(["digest", "--week", "2025-10-22", "--lang", "zh", "--out", join(dir, "md", "w43.md")]);
    assert.deepEqual(readdirSync(join(dir, "md")).sort(), ["w43-area.svg", "w43-modality.svg", "w43-target.svg", "w43.md"]);
    assert.match(readFileSync(join(dir, "md", "w43.md"), "utf8"), /!\[药物类型\]\(w43-modality\.svg\)/);
  });

  it("writes XLSX only to a file and says so when --out is missing", async () => {
    await assert.rejects(run(["digest", "--format", "xlsx"]), (e: unknown) => e instanceof AppError && e.kind === "usage");
    await run(["digest", "--format", "xlsx", "--out", join(dir, "w.xlsx")]);
    assert.equal(readFileSync(join(dir, "w.xlsx")).subarray(0, 2).toString(), "PK");
  });

  it("prints JSON and HTML, filtered to Class 1 when asked", async () => {
    const json: unknown = JSON.parse((await run(["digest", "--week", "2025-10-22", "--format", "json", "--class1"])).out.join("\n"));
    assert.ok(typeof json === "object" && json !== null && "rows" in json && Array.isArray(json.rows) && json.rows.length === 2);
    const html = (await run(["digest", "--from", "2025-10-01", "--to", "2025-10-31", "--format", "html", "--lang", "zh"])).out.join("\n");
    assert.match(html, /<html lang="zh-CN">/);
    assert.match(html, /ESO-T01/);
  });

  it("rejects an impossible period as a usage error", async () => {
    await assert.rejects(run(["digest", "--from", "2025-10-10", "--to", "2025-10-01"]), (e: unknown) => e instanceof AppError && e.exitCode === 2);
    await assert.rejects(run(["digest", "--format", "pdf"]));
  });

  it("prints an asset dossier and fails with not_found for an unknown asset", async () => {
    assert.match((await run(["report", "asset", "HRS-5965"])).out.join("\n"), /^# Asset dossier: HRS-5965/);
    await assert.rejects(run(["report", "asset", "NOPE"]), (e: unknown) => e instanceof AppError && e.kind === "not_found");
  });
});
