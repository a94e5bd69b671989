import type { Result } from "../../shared/result.ts";
import type { SourceError } from "../source-error.ts";

/** What the caller expects back; a bot-shield page in place of JSON is detected from this. */
export type Expect = "json" | "html" | "binary";

export type HttpRequest = {
  method: "GET" | "POST";
  url: string;
  /** Sent as application/x-www-form-urlencoded; charset=UTF-8. */
  form?: Record<string, string>;
  headers?: Record<string, string>;
  expect: Expect;
};

export type HttpResponse = {
  status: number;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  contentType: string | null;
  body: Buffer;
};

/**
 * Fetches one URL politely. Never throws: network failures, HTTP errors and bot walls come back as values.
 * Implementations keep cookies per host for the session, so a warm-up GET can collect a site's cookies.
 */
export interface HttpClient {
  request(request: HttpRequest, signal?: AbortSignal): Promise<Result<HttpResponse, SourceError>>;
}

/** One raw exchange, without policy (no retries, no bot-wall check): the seam tests and the proxy use. */
export type Transport = (request: TransportRequest) => Promise<HttpResponse>;
export type TransportRequest = {
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  body: string | null;
  timeoutMs: number;
  signal?: AbortSignal;
};
