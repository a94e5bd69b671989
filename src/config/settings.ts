import { z } from "zod";

/**
 * Every setting dualtrack reads from the environment, declared once with its default and help text.
 * `loadConfig` is the only place that reads `process.env`; the README's settings table is checked
 * against this list by a test.
 */
export const SETTINGS = [
  { key: "db", env: "DUALTRACK_DB", default: "./dualtrack.db", help: "path of the SQLite store (the --db option wins)" },
  { key: "maxFileMb", env: "DUALTRACK_MAX_FILE_MB", default: "20", help: "files larger than this many MB are refused by ingest and extract" },
  { key: "token", env: "DUALTRACK_TOKEN", default: "", help: "token that authorises writes to the web API (empty = read-only)" },
  { key: "overrides", env: "DUALTRACK_OVERRIDES", default: "./dualtrack-overrides.yaml", help: "the merge/split overrides file that serve reads and writes (the CLI's --overrides wins)" },
  { key: "userAgent", env: "DUALTRACK_USER_AGENT", default: "dualtrack/0.1 (+https://github.com/dualtrack)", help: "User-Agent sent by sync" },
] as const;

export const ConfigSchema = z.object({
  db: z.string().min(1),
  maxFileMb: z.coerce.number().positive(),
  token: z.string(),
  overrides: z.string().min(1),
  userAgent: z.string().min(1),
});
export type Config = z.infer<typeof ConfigSchema>;
