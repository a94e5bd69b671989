import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { CommanderError, type Command } from "commander";
import { buildProgram } from "../../src/cli/main.ts";
import { runCli, type CliRun } from "../support/cli.ts";
import { createTmpDir, type TmpDir } from "../support/tmp-dir.ts";

const full = await buildProgram();

/** Every command path of the program (`["watch", "add"]` …), subcommands included, in registration order. */
function commandPaths(command: Command, prefix: string[] = []): string[][] {
  return command.commands.flatMap((c) => [[...prefix, c.name()], ...commandPaths(c, [...prefix, c.name()])]);
}

/** Parses `args` with a fresh program in this process, capturing what commander prints. */
async function parseInProcess(args: string[]): Promise<{ error: CommanderError | null; out: string; err: string }> {
  const program = await buildProgram();
  let out = "";
  let err = "";
  const capture = (c: Command): void => {
    c.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (err += s) });
    c.commands.forEach(capture);
  };
  capture(program);
  try {
    await program.parseAsync(args, { from: "user" });
    return { error: null, out, err };
  } catch (error) {
    if (error instanceof CommanderError) return { error, out, err };
    throw error;
  }
}

// The real binary runs in child processes, all started at once: each start costs about a second.
let dir: TmpDir;
const runs: Record<"help" | "unknown" | "badValue", CliRun> = {} as never;
before(async () => {
  dir = createTmpDir("dualtrack-help-");
  const unused = dir.join("unused.db");
  const [help, unknown, badValue] = await Promise.all([
    runCli(["--help"], { cwd: dir.path }),
    runCli(["frobnicate"], { cwd: dir.path }),
    runCli(["--db", unused, "events", "--type", "nonsense"], { cwd: dir.path }),
  ]);
  Object.assign(runs, { help, unknown, badValue });
});
after(() => dir.remove());

describe("dualtrack --help", () => {
  it("exits 0 with a usage line", () => {
    assert.equal(runs.help.code, 0, runs.help.stderr);
    assert.match(runs.help.stdout, /^Usage: dualtrack \[options\] \[command\]/);
  });

  it("lists every registered command", () => {
    const names = full.commands.map((c) => c.name());
    assert.ok(names.length >= 4);
    for (const name of names) assert.match(runs.help.stdout, new RegExp(`^  ${name}\\b`, "m"), `${name} is not listed`);
  });

  it("documents the --db option", () => {
    assert.match(runs.help.stdout, /--db <path>/);
  });
});

describe("dualtrack COMMAND --help", () => {
  for (const path of commandPaths(full)) {
    it(`prints the usage of \`${path.join(" ")}\` and exits 0`, async () => {
      const { error, out } = await parseInProcess([...path, "--help"]);
      assert.equal(error?.code, "commander.helpDisplayed");
      assert.equal(error?.exitCode, 0);
      assert.match(out, new RegExp(`^Usage: dualtrack ${path.join(" ")}\\b`, "m"));
      let command: Command = full;
      for (const name of path) command = command.commands.find((c) => c.name() === name)!;
      if (command.description()) assert.ok(out.includes(command.description().slice(0, 40)), `the description of ${path.join(" ")} is missing`);
    });
  }

  it("covers ingest, extract, events and demo", () => {
    const names = full.commands.map((c) => c.name());
    for (const name of ["ingest", "extract", "events", "demo"]) assert.ok(names.includes(name), `${name} is not registered`);
  });
});

describe("dualtrack usage errors", () => {
  it("exits 2 with a message for an unknown command", () => {
    assert.equal(runs.unknown.code, 2);
    assert.match(runs.unknown.stderr, /unknown command 'frobnicate'/);
    assert.equal(runs.unknown.stdout, "");
  });

  it("exits 2 with a message naming the option for a bad option value", () => {
    assert.equal(runs.badValue.code, 2);
    assert.match(runs.badValue.stderr, /option '--type <types>' argument 'nonsense' is invalid\. expected one of: ind_accepted, /);
  });

  for (const [args, message] of [
    [["events", "--since", "2025-13-01"], /expected YYYY-MM-DD, YYYY-MM or YYYY/],
    [["events", "--until", "yesterday"], /expected YYYY-MM-DD, YYYY-MM or YYYY/],
    [["events", "--format", "xml"], /expected one of: table, json, csv/],
    [["events", "--limit", "1.5"], /expected a whole number greater than 0/],
    [["events", "--limit", "0"], /expected a whole number greater than 0/],
    [["events", "--colour"], /unknown option '--colour'/],
    [["ingest"], /missing required argument 'paths'/],
    [["ingest", "--max-mb", "-3", "x.txt"], /expected a positive number/],
  ] as const) {
    it(`refuses \`${args.join(" ")}\` with a message, before opening any store`, async () => {
      const { error, err } = await parseInProcess([...args]);
      assert.ok(error, "expected a usage error");
      assert.notEqual(error.exitCode, 0); // main turns every such commander error into exit code 2
      assert.match(err, message);
    });
  }
});

describe("commandName(args)", () => {
  it("finds the command after global options, so only its module is loaded", async () => {
    const { commandName } = await import("../../src/cli/main.ts");
    assert.equal(commandName(["--db", "x.db", "ingest", "a.txt"]), "ingest");
    assert.equal(commandName(["decode", "CXSL2400144"]), "decode");
    assert.equal(commandName(["--help"]), undefined);
    assert.equal(commandName(["help", "ingest"]), undefined);
    assert.equal(commandName(["nonsense"]), undefined);
  });
});
