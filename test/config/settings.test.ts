import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfig, SETTINGS } from "../../src/config/index.ts";
import { AppError } from "../../src/shared/errors.ts";
import { ROOT } from "../support/paths.ts";

describe("SETTINGS", () => {
  it("are each documented in a row of the README's settings table", () => {
    const readme = join(ROOT, "README.md");
    assert.ok(existsSync(readme), "README.md is missing: it must have a settings table listing each environment variable");
    const rows = readFileSync(readme, "utf8")
      .split("\n")
      .filter((line) => line.trimStart().startsWith("|"));
    const missing = SETTINGS.filter((s) => !rows.some((row) => row.includes(s.env))).map((s) => s.env);
    assert.deepEqual(missing, [], `settings not in a README table row: ${missing.join(", ")}`);
  });

  it("each have an environment variable named DUALTRACK_*, a default and help text", () => {
    for (const s of SETTINGS) {
      assert.match(s.env, /^DUALTRACK_[A-Z0-9_]+$/);
      assert.equal(typeof s.default, "string");
      assert.ok(s.help.length > 10, `${s.env} needs help text`);
    }
    assert.equal(new Set(SETTINGS.map((s) => s.env)).size, SETTINGS.length);
  });
});

describe("loadConfig(env, overrides)", () => {
  it("uses the defaults when the environment sets nothing", () => {
    const config = loadConfig({});
    assert.equal(config.db, "./dualtrack.db");
    assert.equal(config.maxFileMb, 20);
  });

  it("reads the environment, and a command-line override wins over it", () => {
    const env = { DUALTRACK_DB: "/data/env.db", DUALTRACK_MAX_FILE_MB: "50" };
    assert.deepEqual([loadConfig(env).db, loadConfig(env).maxFileMb], ["/data/env.db", 50]);
    assert.equal(loadConfig(env, { db: "/data/flag.db" }).db, "/data/flag.db");
  });

  it("refuses an invalid value with a usage error naming the variable", () => {
    assert.throws(
      () => loadConfig({ DUALTRACK_MAX_FILE_MB: "lots" }),
      (error: unknown) => error instanceof AppError && error.kind === "usage" && error.exitCode === 2 && /^invalid setting DUALTRACK_MAX_FILE_MB: /.test(error.message),
    );
  });
});
