import type { Command } from "commander";
import type { CliContext } from "../context.ts";
import { registerDemo } from "./demo.ts";
import { registerDigest } from "./digest.ts";
import { registerEvents } from "./events.ts";
import { registerExtract } from "./extract.ts";
import { registerIngest } from "./ingest.ts";
import { registerServe } from "./serve.ts";
import { registerWatch } from "./watch.ts";
import { registerReport } from "./report.ts";
import { registerDecode } from "./decode.ts";
import { registerImport } from "./import.ts";
import { registerSync } from "./sync.ts";
import { registerSources } from "./sources.ts";
import { registerResolve } from "./resolve.ts";
import { registerAsset } from "./asset.ts";
import { registerIit } from "./iit.ts";
import { registerLandscape } from "./landscape.ts";

/** Every command of the CLI, in the order `--help` lists them. Each module registers one command. */
export const COMMANDS: Array<(program: Command, context: () => CliContext) => void> = [
  registerIngest,
  registerExtract,
  registerEvents,
  registerDemo,
  registerDigest,
  registerReport,
  registerServe,
  registerWatch,
  registerDecode,
  registerImport,
  registerSync,
  registerSources,
  registerResolve,
  registerAsset,
  registerIit,
  registerLandscape,
];
