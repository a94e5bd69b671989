import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/output/digest");

/**
 * Compares `actual` with the golden file `test/fixtures/output/digest/NAME`. A missing golden file is written
 * (and the test passes) locally, but fails under CI. A mismatch writes `NAME-changed.EXT` beside it to diff
 * and copy over; UPDATE_GOLDEN=1 rewrites the golden file instead.
 */
export function assertGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  const ext = extname(name);
  const changed = join(GOLDEN_DIR, `${name.slice(0, name.length - ext.length)}-changed${ext}`);
  mkdirSync(dirname(path), { recursive: true });
  if (!existsSync(path) || process.env.UPDATE_GOLDEN === "1") {
    if (process.env.CI && !existsSync(path)) assert.fail(`golden file ${name} is missing (CI never writes golden files; run the tests locally and commit it)`);
    writeFileSync(path, actual);
    rmSync(changed, { force: true });
    return;
  }
  const expected = readFileSync(path, "utf8");
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  assert.fail(`${name} differs from its golden file; see ${changed}`);
}
