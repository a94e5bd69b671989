import { loadConfig, type Config } from "../config/index.ts";
import { createExtractor } from "../extract/index.ts";
import type { Extractor } from "../extract/extractor.ts";
import { openSqliteStore, type Store } from "../store/index.ts";

/** What every command gets from the composition root: configuration, a store on demand, the extractor, the clock. */
export type CliContext = {
  config: Config;
  openStore(): Store;
  extractor(): Extractor;
  now(): Date;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  isTTY: boolean;
};

export function createContext(globals: { db?: string }): CliContext {
  const config = loadConfig(process.env, { db: globals.db });
  let extractor: Extractor | null = null;
  return {
    config,
    openStore: () => openSqliteStore(config.db),
    extractor: () => (extractor ??= createExtractor()),
    now: () => new Date(),
    stdout: (line) => process.stdout.write(line + "\n"),
    stderr: (line) => process.stderr.write(line + "\n"),
    isTTY: Boolean(process.stderr.isTTY),
  };
}
