import { createApp } from "../../src/api/create-app.ts";
import { loadConfig } from "../../src/config/index.ts";
import { fixedClock } from "../../src/shared/clock.ts";
import type { Store } from "../../src/store/store.ts";
import type { Extractor } from "../../src/extract/extractor.ts";
import { NOW } from "./seed-store.ts";

/** The app over a store, with a fixed clock, and errors logged into `logged` instead of stderr. */
export function testApp(store: Store, options: { token?: string; extractor?: Extractor; overrides?: string } = {}) {
  const logged: string[] = [];
  const app = createApp({ store, config: loadConfig({ DUALTRACK_TOKEN: options.token ?? "", DUALTRACK_OVERRIDES: options.overrides }), clock: fixedClock(NOW), log: (line) => logged.push(line), extractor: options.extractor });
  return { app, logged };
}

export type ErrorJson = { error: { code: string; message: string } };
