import { createServer, type IncomingMessage, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/sources");
export const fixture = (path: string): string => readFileSync(join(FIXTURES, path), "utf8");

export type SeenRequest = { method: string; path: string; form: URLSearchParams; headers: IncomingMessage["headers"] };
export type Reply = { status?: number; type?: string; body: string | Buffer; headers?: Record<string, string> };
export type Route = (req: SeenRequest) => Reply | Promise<Reply>;

/** A local HTTP server on 127.0.0.1 (random port) answering by path; records every request it saw. */
export async function startFixtureServer(routes: Record<string, Route>): Promise<{ url: string; requests: SeenRequest[]; close(): Promise<void>; server: Server }> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const body = Buffer.concat(chunks).toString("utf8");
      const form = new URLSearchParams(req.method === "POST" ? body : url.search);
      const seen: SeenRequest = { method: req.method ?? "GET", path: url.pathname, form, headers: req.headers };
      requests.push(seen);
      const route = routes[url.pathname];
      if (!route) {
        res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
        return;
      }
      try {
        const reply = await route(seen);
        res.writeHead(reply.status ?? 200, { "Content-Type": reply.type ?? "application/json;charset=UTF-8", ...reply.headers }).end(reply.body);
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Envelope = { code: number; msg: string; data: { records: unknown[]; total: number } };

/**
 * Serves a CDE list the way cde.org.cn does: slices `data.records` by pageNum/pageSize and, past the last page,
 * wraps back to page 1 instead of answering an empty page.
 */
export function cdeListRoute(envelope: Envelope | (() => Envelope)): Route {
  return (req) => {
    const env = typeof envelope === "function" ? envelope() : envelope;
    const size = Number(req.form.get("pageSize") ?? 10);
    const total = env.data.records.length;
    const pages = Math.max(1, Math.ceil(total / size));
    let page = Number(req.form.get("pageNum") ?? 1);
    if (page > pages) page = 1; // the documented wrap-around quirk
    const records = env.data.records.slice((page - 1) * size, page * size);
    return { body: JSON.stringify({ code: 200, msg: "success", data: { records, total, size, current: page, pages } }) };
  };
}

export const html = (body: string, status = 200): Reply => ({ status, type: "text/html; charset=utf-8", body });

/** Rewrites every official URL to the local server (path and query kept). */
export const toLocal = (base: string) => (url: string): string => {
  const u = new URL(url);
  return base + u.pathname + u.search;
};
