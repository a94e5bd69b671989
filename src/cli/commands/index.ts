import type { Command } from "commander";
import type { CliContext } from "../context.ts";

export type RegisterCommand = (program: Command, context: () => CliContext) => void;

/**
 * Every command of the CLI, in the order `--help` lists them: its name and how to load the module that registers
 * it. Modules load on demand, so `dualtrack decode …` does not pay for the web server, charts or the browser.
 */
export const COMMAND_MODULES: ReadonlyArray<readonly [string, () => Promise<RegisterCommand>]> = [
  ["ingest", async () => (await import("./ingest.ts")).registerIngest],
  ["extract", async () => (await import("./extract.ts")).registerExtract],
  ["events", async () => (await import("./events.ts")).registerEvents],
  ["demo", async () => (await import("./demo.ts")).registerDemo],
  ["digest", async () => (await import("./digest.ts")).registerDigest],
  ["report", async () => (await import("./report.ts")).registerReport],
  ["serve", async () => (await import("./serve.ts")).registerServe],
  ["watch", async () => (await import("./watch.ts")).registerWatch],
  ["decode", async () => (await import("./decode.ts")).registerDecode],
  ["import", async () => (await import("./import.ts")).registerImport],
  ["sync", async () => (await import("./sync.ts")).registerSync],
  ["sources", async () => (await import("./sources.ts")).registerSources],
  ["resolve", async () => (await import("./resolve.ts")).registerResolve],
  ["asset", async () => (await import("./asset.ts")).registerAsset],
  ["iit", async () => (await import("./iit.ts")).registerIit],
  ["landscape", async () => (await import("./landscape.ts")).registerLandscape],
];

/** The registrations of one command (when `only` names one) or of all of them. */
export async function loadCommands(only?: string): Promise<RegisterCommand[]> {
  const selected = COMMAND_MODULES.filter(([name]) => name === only);
  return Promise.all((selected.length ? selected : COMMAND_MODULES).map(([, load]) => load()));
}
