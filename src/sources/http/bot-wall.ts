import { blocked, type SourceError } from "../source-error.ts";
import type { Expect, HttpResponse } from "./http-types.ts";

/** Statuses a bot shield answers with: Ruishu's 202 challenge, WAF 403 pages, NMPA's 412. */
export const BOT_WALL_STATUSES = [202, 403, 412] as const;

const looksLikeHtml = (text: string): boolean => /^\s*(<!doctype|<html|<head|<body|<meta|<script|<\?xml|<)/i.test(text);

/**
 * Detects a bot-shield answer. HTTP 202/403/412 are blocks whatever the body; so is an HTML page where JSON was
 * expected (the Ruishu challenge), and an HTML page that is only a challenge script where a page was expected.
 */
export function detectBotWall(response: HttpResponse, expect: Expect): SourceError | null {
  const status = response.status;
  if ((BOT_WALL_STATUSES as readonly number[]).includes(status)) {
    const text = response.body.subarray(0, 4096).toString("utf8");
    const hint = /请不要使用非法的URL地址访问/.test(text) ? " (WAF page: 请不要使用非法的URL地址访问)" : looksLikeHtml(text) ? " with an HTML challenge page" : "";
    return blocked(`HTTP ${status}${hint}`, status, response.url);
  }
  if (status < 200 || status >= 300) return null;
  const head = response.body.subarray(0, 4096).toString("utf8");
  if (expect === "json") {
    const type = response.contentType ?? "";
    if (/text\/html/i.test(type) || looksLikeHtml(head)) return blocked(`HTTP ${status} sent an HTML page where JSON was expected`, status, response.url);
  }
  if (expect === "html" && /\$_ts\s*=|FSSBBIl1UgzbN7N80|9DhefwqGPrzGxEp9hPaoag/.test(head) && !/<table|<ul/i.test(response.body.toString("utf8"))) {
    return blocked(`HTTP ${status} sent only a JavaScript challenge page`, status, response.url);
  }
  return null;
}
