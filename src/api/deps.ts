import type { Config } from "../config/index.ts";
import type { Clock } from "../shared/clock.ts";
import type { Store } from "../store/store.ts";

/** What the app is built from: injected, so tests pass a temporary store and a fixed clock. */
export type AppDeps = {
  store: Store;
  config: Config;
  clock: Clock;
  /** Where unexpected errors are logged (never sent to clients). Default: stderr. */
  log?: (line: string) => void;
};
