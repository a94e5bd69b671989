import { AppError } from "../shared/errors.ts";
import { ConfigSchema, SETTINGS, type Config } from "./settings.ts";

/** Builds the configuration from the environment (unknown input) and command-line overrides. */
export function loadConfig(env: Record<string, string | undefined>, overrides: Partial<Record<keyof Config, string | undefined>> = {}): Config {
  const raw: Record<string, string> = {};
  for (const s of SETTINGS) raw[s.key] = overrides[s.key] ?? env[s.env] ?? s.default;
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const setting = SETTINGS.find((s) => s.key === issue?.path[0]);
    throw new AppError("usage", `invalid setting ${setting?.env ?? String(issue?.path[0])}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}
