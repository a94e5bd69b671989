// npm run eval -- DATA_DIR [--verbose]: runs `extract` on DATA_DIR/texts (or DATA_DIR itself), writes the
// predictions to a temporary folder, and prints the output of shared/tools/score-events against DATA_DIR/gold.
// DATA_DIR is ../shared/data/dev (third-party articles) or eval/heldout (our own blind set, written without
// looking at the rules).
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { createContext } from "../src/cli/context.ts";
import { runExtract } from "../src/cli/commands/extract.ts";

const args = process.argv.slice(2);
const dataDir = resolve(args.find((a) => !a.startsWith("--")) ?? "../shared/data/dev");
const textsDir = existsSync(join(dataDir, "texts")) ? join(dataDir, "texts") : dataDir;
const goldDir = join(dataDir, "gold");
// the scorer of the shared folder: beside the data (shared/data/dev) or beside the project (eval/heldout)
const scorers = [resolve(dataDir, "../../tools/score-events"), resolve(import.meta.dirname, "../../shared/tools/score-events")];
const scorer = scorers.find((path) => existsSync(path)) ?? scorers[0]!;
if (!existsSync(goldDir) || !existsSync(scorer)) {
  console.error(`eval: expected ${goldDir} and one of ${scorers.join(", ")}`);
  process.exit(2);
}
const files = readdirSync(textsDir)
  .filter((f) => /\.(txt|md|html?)$/.test(f))
  .sort()
  .map((f) => join(textsDir, f));
const out = mkdtempSync(join(tmpdir(), "dualtrack-eval-"));
const ctx = createContext({ db: ":memory:" });
const code = runExtract({ ...ctx, stderr: () => {} }, files, { out });
if (code !== 0) console.error("eval: some documents failed to extract");
const scored = spawnSync(process.execPath, [scorer, goldDir, out, ...args.filter((a) => a.startsWith("--"))], { stdio: "inherit" });
process.exit(scored.status ?? 1);
