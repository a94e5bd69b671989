import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { messageOf } from "../../shared/errors.ts";
import type { Result } from "../../shared/result.ts";
import { detectBotWall } from "../http/bot-wall.ts";
import type { BrowserFetch } from "../source-adapter.ts";
import { blocked, type SourceError } from "../source-error.ts";
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from "./chromium-args.ts";

export type BrowserSessionOptions = {
  executablePath?: string;
  userAgent?: string;
  /** Proxy server URL, passed in by the caller (from the environment). */
  proxy?: string | null;
  timeoutMs?: number;
  /** Rewrites official URLs to the host actually loaded (tests, mirrors). */
  resolve?: (url: string) => string;
};

export type BrowserSession = { fetch: BrowserFetch; close(): Promise<void> };

type PageAnswer = { status: number; type: string | null; text: string };

/**
 * Drives a real chromium through playwright-core with a fresh profile: loads a list page once (so the site's own
 * scripts set their cookies and hooks), then calls the list endpoint from inside the page with XMLHttpRequest,
 * as the page's own `myAjax` does. Answers go through the same bot-wall check as plain HTTP.
 */
export async function openBrowserSession(options: BrowserSessionOptions = {}): Promise<Result<BrowserSession, SourceError>> {
  const profile = mkdtempSync(join(tmpdir(), "dualtrack-chromium-"));
  const resolve = options.resolve ?? ((u: string) => u);
  const timeout = options.timeoutMs ?? 60_000;
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: options.executablePath ?? DEFAULT_CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS.filter((a) => a !== "--headless"),
      userAgent: options.userAgent,
      proxy: options.proxy ? { server: options.proxy } : undefined,
      timeout,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    return { ok: false, error: { kind: "network", message: `cannot start chromium (${options.executablePath ?? DEFAULT_CHROMIUM}): ${messageOf(error)}`, url: null } };
  }
  const pages = new Map<string, Page>();

  async function pageFor(pageUrl: string): Promise<Result<Page, SourceError>> {
    const existing = pages.get(pageUrl);
    if (existing) return { ok: true, value: existing };
    const page = await context.newPage();
    try {
      const response = await page.goto(resolve(pageUrl), { waitUntil: "domcontentloaded", timeout });
      const status = response?.status() ?? 0;
      if ([403, 412].includes(status)) return { ok: false, error: blocked(`HTTP ${status} on the list page in the browser`, status, pageUrl) };
    } catch (error) {
      return { ok: false, error: { kind: "network", message: `browser could not load ${pageUrl}: ${messageOf(error)}`, url: pageUrl } };
    }
    pages.set(pageUrl, page);
    return { ok: true, value: page };
  }

  const fetch: BrowserFetch = async (pageUrl, endpoint, form) => {
    const page = await pageFor(pageUrl);
    if (!page.ok) return page;
    let answer: PageAnswer;
    try {
      answer = await page.value.evaluate(
        ({ endpoint, body, timeout }) =>
          new Promise<PageAnswer>((done, fail) => {
            const xhr = new XMLHttpRequest();
            xhr.open("POST", endpoint, true);
            xhr.timeout = timeout;
            xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
            xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
            xhr.onload = () => done({ status: xhr.status, type: xhr.getResponseHeader("content-type"), text: xhr.responseText });
            xhr.onerror = () => fail(new Error("XMLHttpRequest failed"));
            xhr.ontimeout = () => fail(new Error("XMLHttpRequest timed out"));
            xhr.send(body);
          }),
        { endpoint, body: new URLSearchParams(form).toString(), timeout },
      );
    } catch (error) {
      return { ok: false, error: { kind: "network", message: `browser request to ${endpoint} failed: ${messageOf(error)}`, url: endpoint } };
    }
    const wall = detectBotWall({ status: answer.status, url: endpoint, headers: {}, contentType: answer.type, body: Buffer.from(answer.text) }, "json");
    if (wall) return { ok: false, error: wall };
    if (answer.status < 200 || answer.status >= 300) return { ok: false, error: { kind: "http", message: `browser request to ${endpoint} answered HTTP ${answer.status}`, status: answer.status, url: endpoint } };
    return { ok: true, value: answer.text };
  };

  return {
    ok: true,
    value: {
      fetch,
      async close() {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    },
  };
}
