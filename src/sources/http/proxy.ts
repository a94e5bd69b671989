/** Proxy settings as the caller read them from the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY). */
export type ProxyConfig = { http: string | null; https: string | null; noProxy: string[] };

export const NO_PROXY_CONFIG: ProxyConfig = { http: null, https: null, noProxy: [] };

/** Builds proxy settings from environment-style variables; the CLI passes `process.env` here. */
export function proxyFromEnv(env: Record<string, string | undefined>): ProxyConfig {
  const pick = (...names: string[]) => names.map((n) => env[n]).find((v) => v !== undefined && v.trim() !== "")?.trim() ?? null;
  const http = pick("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy");
  const https = pick("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy") ?? http;
  const noProxy = (pick("NO_PROXY", "no_proxy") ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  return { http, https, noProxy };
}

/** The proxy URL to use for `url`, or null for a direct connection (NO_PROXY match, loopback, or none set). */
export function proxyFor(url: URL, config: ProxyConfig): string | null {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (host === "localhost" || host === "127.0.0.1" || host === "::1") return null;
  for (const entry of config.noProxy) {
    if (entry === "*") return null;
    const bare = entry.replace(/^\*?\./, "").replace(/:\d+$/, "");
    if (host === bare || host.endsWith("." + bare)) return null;
  }
  return url.protocol === "https:" ? config.https : config.http;
}
