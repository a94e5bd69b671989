/** Session cookies per host (name → value), enough for a bot shield's warm-up cookie. No expiry, no paths. */
export class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>();

  store(url: string, setCookie: string | string[] | undefined): void {
    if (!setCookie) return;
    const host = new URL(url).host;
    const jar = this.byHost.get(host) ?? new Map<string, string>();
    for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) {
      const pair = line.split(";")[0] ?? "";
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    this.byHost.set(host, jar);
  }

  header(url: string): string | null {
    const jar = this.byHost.get(new URL(url).host);
    if (!jar || jar.size === 0) return null;
    return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}
