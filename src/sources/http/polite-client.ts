import { messageOf } from "../../shared/errors.ts";
import type { Result } from "../../shared/result.ts";
import type { SourceError } from "../source-error.ts";
import { detectBotWall } from "./bot-wall.ts";
import { CookieJar } from "./cookie-jar.ts";
import type { HttpClient, HttpRequest, HttpResponse, Transport } from "./http-types.ts";
import { createNodeTransport } from "./node-transport.ts";
import { NO_PROXY_CONFIG, type ProxyConfig } from "./proxy.ts";
import { createRateLimiter, sleep as realSleep } from "./rate-limiter.ts";

export type PoliteClientOptions = {
  userAgent: string;
  proxy?: ProxyConfig;
  /** Per request (default 30 s). */
  timeoutMs?: number;
  /** Retries after the first attempt for network errors, 429 and 5xx (default 3). Bot walls are never retried. */
  retries?: number;
  /** First back-off; doubles each retry (default 1 s). */
  backoffMs?: number;
  /** Minimum spacing between requests (default 1.5 s). */
  minIntervalMs?: number;
  /** Replaced in tests. */
  transport?: Transport;
  sleep?: (ms: number) => Promise<void>;
};

const RETRYABLE = (status: number) => status === 429 || status >= 500;

/**
 * The HTTP client every source uses: a User-Agent from config, a proxy passed in by the caller, timeouts,
 * retries with exponential back-off, a rate limit, session cookies, and bot-wall detection. Never throws.
 */
export function createPoliteClient(options: PoliteClientOptions): HttpClient {
  const transport = options.transport ?? createNodeTransport(options.proxy ?? NO_PROXY_CONFIG);
  const pause = options.sleep ?? ((ms: number) => realSleep(ms));
  const limit = createRateLimiter(options.minIntervalMs ?? 1500, pause);
  const retries = options.retries ?? 3;
  const backoff = options.backoffMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const jar = new CookieJar();

  async function attempt(req: HttpRequest, signal?: AbortSignal): Promise<HttpResponse> {
    const headers: Record<string, string> = {
      "User-Agent": options.userAgent,
      Accept: req.expect === "json" ? "application/json, text/javascript, */*; q=0.01" : "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
      "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8",
      ...req.headers,
    };
    const cookie = jar.header(req.url);
    if (cookie) headers.Cookie = cookie;
    let body: string | null = null;
    if (req.form) {
      body = new URLSearchParams(req.form).toString();
      headers["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8";
    }
    await limit();
    const response = await transport({ method: req.method, url: req.url, headers, body, timeoutMs, signal });
    jar.store(req.url, response.headers["set-cookie"]);
    return response;
  }

  return {
    async request(req, signal): Promise<Result<HttpResponse, SourceError>> {
      let lastError: SourceError = { kind: "network", message: `no attempt made for ${req.url}`, url: req.url };
      for (let i = 0; i <= retries; i++) {
        if (signal?.aborted) return { ok: false, error: { kind: "aborted", message: "sync aborted" } };
        if (i > 0) await pause(backoff * 2 ** (i - 1));
        let response: HttpResponse;
        try {
          response = await attempt(req, signal);
        } catch (error) {
          if (signal?.aborted) return { ok: false, error: { kind: "aborted", message: "sync aborted" } };
          lastError = { kind: "network", message: `${req.method} ${req.url} failed: ${messageOf(error)}`, url: req.url };
          continue;
        }
        const wall = detectBotWall(response, req.expect);
        if (wall) return { ok: false, error: wall };
        if (response.status >= 200 && response.status < 300) return { ok: true, value: response };
        lastError = { kind: "http", message: `${req.method} ${req.url} answered HTTP ${response.status}`, status: response.status, url: req.url };
        if (!RETRYABLE(response.status)) break;
      }
      return { ok: false, error: lastError };
    },
  };
}
