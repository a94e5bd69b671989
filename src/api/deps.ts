import type { Config } from "../config/index.ts";
import type { Clock } from "../shared/clock.ts";
import type { Store } from "../store/store.ts";
import type { Extractor } from "../extract/extractor.ts";

/** What the app is built from: injected, so tests pass a temporary store and a fixed clock. */
export type AppDeps = {
  store: Store;
  config: Config;
  clock: Clock;
  /** Runs on uploaded documents (`POST /api/documents`); without it uploads are refused. */
  extractor?: Extractor;
  /** Where unexpected errors are logged (never sent to clients). Default: stderr. */
  log?: (line: string) => void;
};
