import { Command, CommanderError } from "commander";
import { AppError, messageOf } from "../shared/errors.ts";
import { COMMANDS } from "./commands/index.ts";
import { createContext, type CliContext } from "./context.ts";

/** Builds the `dualtrack` program. Commands get their context lazily, so `--help` never opens a store. */
export function buildProgram(): Command {
  const program = new Command("dualtrack")
    .description("Regulatory intelligence on China's innovative drugs: official lists and news turned into sourced events.")
    .version("0.1.0")
    .option("--db <path>", "SQLite store (default: DUALTRACK_DB or ./dualtrack.db)")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  let context: CliContext | null = null;
  const getContext = () => (context ??= createContext(program.opts<{ db?: string }>()));
  for (const register of COMMANDS) register(program, getContext);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code: 0 ok, 1 some inputs failed, 2 usage, others per error kind. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  process.exitCode = 0;
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; usage errors were already printed by commander
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof AppError) {
      process.stderr.write(`dualtrack: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`dualtrack: unexpected error: ${messageOf(error)}\n`);
    return 70;
  }
}
