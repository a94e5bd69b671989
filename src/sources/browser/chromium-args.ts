/** Debian's chromium, the browser the browser mode drives (CI installs it with apt). */
export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** Flags for a quiet, disposable headless chromium: no GPU, no QUIC, no background traffic, no first-run UI. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;
