import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, whatever the working directory of the test run. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = join(ROOT, "bin/dualtrack.js");
export const FIXTURES = join(ROOT, "test/fixtures/input");
