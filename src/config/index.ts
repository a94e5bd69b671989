export { loadConfig } from "./load-config.ts";
export { SETTINGS, type Config } from "./settings.ts";
