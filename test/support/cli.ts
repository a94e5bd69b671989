import { spawn, type ChildProcess } from "node:child_process";
import { Command, CommanderError } from "commander";
import { loadCommands } from "../../src/cli/commands/index.ts";
import type { CliContext } from "../../src/cli/context.ts";
import { loadConfig } from "../../src/config/index.ts";
import { createExtractor, type Extractor } from "../../src/extract/index.ts";
import { AppError } from "../../src/shared/errors.ts";
import { openSqliteStore } from "../../src/store/index.ts";
import { FIXED_NOW } from "./builders.ts";
import { BIN } from "./paths.ts";

export type CliRun = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** The environment of a CLI child: the test's, without the DUALTRACK_* settings of whoever runs the tests. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: "Asia/Shanghai", ...extra };
  for (const name of Object.keys(env)) if (name.startsWith("DUALTRACK_") && !(name in extra)) delete env[name];
  delete env.NODE_TEST_CONTEXT; // the child is a program under test, not a test file
  return env;
}

/** Starts `node bin/dualtrack.js ARGS` in `cwd` (the OS temp dir unless given). */
export function spawnCli(args: string[], options: { cwd: string; env?: Record<string, string> }): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: childEnv(options.env), stdio: ["ignore", "pipe", "pipe"] });
}

/** Runs the real `dualtrack` binary as a child process and collects its output and exit code. */
export function runCli(args: string[], options: { cwd: string; env?: Record<string, string>; timeoutMs?: number }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, options);
    let stdout = "";
    let stderr = "";
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

export type InProcessRun = { code: number; stdout: string[]; stderr: string[] };

let sharedExtractor: Extractor | null = null;

/**
 * Runs CLI commands in this process against the store `db`: every registered command, parsed by
 * commander as in `main`, with output captured line by line, a fixed clock and one extractor shared by
 * all runs (loading the lexicons once). Exit codes follow `main`: usage errors 2, AppError its own code.
 */
export async function runInProcess(db: string, args: string[]): Promise<InProcessRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const context: CliContext = {
    config: loadConfig({}, { db }),
    openStore: () => openSqliteStore(db),
    extractor: () => (sharedExtractor ??= createExtractor()),
    now: () => FIXED_NOW,
    stdout: (line) => stdout.push(...line.split("\n")),
    stderr: (line) => stderr.push(...line.split("\n")),
    isTTY: false,
  };
  const program = new Command("dualtrack").exitOverride().configureOutput({
    writeOut: (s) => stdout.push(s.trimEnd()),
    writeErr: (s) => stderr.push(s.trimEnd()),
  });
  for (const register of await loadCommands()) register(program, () => context);
  const saved = process.exitCode;
  process.exitCode = 0;
  try {
    await program.parseAsync(args, { from: "user" });
    return { code: Number(process.exitCode ?? 0), stdout, stderr };
  } catch (error) {
    if (error instanceof CommanderError) return { code: error.exitCode === 0 ? 0 : 2, stdout, stderr };
    if (error instanceof AppError) return { code: error.exitCode, stdout, stderr: [...stderr, error.message] };
    throw error;
  } finally {
    process.exitCode = saved; // the commands report through process.exitCode; the test process must not inherit it
  }
}
