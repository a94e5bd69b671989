import { Command, CommanderError } from "commander";
import { AppError, messageOf } from "../shared/errors.ts";
import { COMMAND_MODULES, loadCommands } from "./commands/index.ts";
import { createContext, type CliContext } from "./context.ts";

/**
 * Builds the `dualtrack` program with every command, or with only the one `argv` runs. Commands get their context
 * lazily, so `--help` never opens a store.
 */
export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command("dualtrack")
    .description("Regulatory intelligence on China's innovative drugs: official lists and news turned into sourced events.")
    .version("0.1.0")
    .option("--db <path>", "SQLite store (default: DUALTRACK_DB or ./dualtrack.db)")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  let context: CliContext | null = null;
  const getContext = () => (context ??= createContext(program.opts<{ db?: string }>()));
  for (const register of await loadCommands(only)) register(program, getContext);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code: 0 ok, 1 some inputs failed, 2 usage, others per error kind. */
export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram(commandName(argv.slice(2)));
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

/** The command an argument list runs (after global options), when it names one. */
export function commandName(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--db") i++;
    else if (!arg.startsWith("-")) return COMMAND_MODULES.some(([name]) => name === arg) ? arg : undefined;
  }
  return undefined;
}
