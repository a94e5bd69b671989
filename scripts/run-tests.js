#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with node's test runner (Node 20 has no --test glob),
// in a fixed time zone so date logic is deterministic.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ["src", "test"];
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules" && entry.name !== "fixtures") walk(path);
    else if (entry.isFile() && entry.name.endsWith(".test.ts")) files.push(path);
  }
};
for (const root of roots) {
  if (root.endsWith(".test.ts")) files.push(root);
  else walk(root);
}
files.sort();
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...files], {
  stdio: "inherit",
  env: { ...process.env, TZ: "Asia/Shanghai", DUALTRACK_TEST: "1" },
});
process.exit(result.status ?? 1);
