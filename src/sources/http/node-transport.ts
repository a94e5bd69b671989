import http from "node:http";
import https from "node:https";
import type { Socket } from "node:net";
import tls from "node:tls";
import zlib from "node:zlib";
import type { HttpResponse, Transport, TransportRequest } from "./http-types.ts";
import { proxyFor, type ProxyConfig } from "./proxy.ts";

/**
 * One HTTP(S) exchange over node:http/https, through a proxy when configured (absolute-URI requests for http,
 * a CONNECT tunnel for https). Decompresses gzip/deflate/br. Throws on network failure, timeout or abort.
 */
export function createNodeTransport(proxy: ProxyConfig): Transport {
  return async (req) => {
    const url = new URL(req.url);
    const proxyUrl = proxyFor(url, proxy);
    const raw = await exchange(req, url, proxyUrl ? new URL(proxyUrl) : null);
    return { ...raw, body: decompress(raw.body, String(raw.headers["content-encoding"] ?? "")) };
  };
}

function proxyAuth(proxy: URL): Record<string, string> {
  if (!proxy.username) return {};
  const creds = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { "Proxy-Authorization": `Basic ${Buffer.from(creds).toString("base64")}` };
}

function tunnel(proxy: URL, target: URL, timeoutMs: number): Promise<Socket> {
  const port = target.port || "443";
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: proxy.hostname,
      port: proxy.port || 80,
      method: "CONNECT",
      path: `${target.hostname}:${port}`,
      headers: { Host: `${target.hostname}:${port}`, ...proxyAuth(proxy) },
      timeout: timeoutMs,
    });
    req.on("connect", (res, socket) => {
      if (res.statusCode === 200) resolve(socket);
      else {
        socket.destroy();
        reject(new Error(`proxy ${proxy.host} refused the tunnel: HTTP ${res.statusCode}`));
      }
    });
    req.on("timeout", () => req.destroy(new Error(`proxy ${proxy.host} timed out`)));
    req.on("error", reject);
    req.end();
  });
}

async function exchange(req: TransportRequest, url: URL, proxy: URL | null): Promise<HttpResponse> {
  const isHttps = url.protocol === "https:";
  const headers: Record<string, string> = { ...req.headers, "Accept-Encoding": "gzip, deflate, br" };
  if (req.body !== null) headers["Content-Length"] = String(Buffer.byteLength(req.body));
  let options: https.RequestOptions;
  if (proxy && !isHttps) {
    options = { host: proxy.hostname, port: proxy.port || 80, path: url.href, method: req.method, headers: { ...headers, Host: url.host, ...proxyAuth(proxy) } };
  } else {
    options = { host: url.hostname, port: url.port || (isHttps ? 443 : 80), path: url.pathname + url.search, method: req.method, headers: { ...headers, Host: url.host } };
    if (proxy && isHttps) {
      const socket = await tunnel(proxy, url, req.timeoutMs);
      options.createConnection = () => tls.connect({ socket, servername: url.hostname });
    }
  }
  const lib = isHttps ? https : http;
  return new Promise<HttpResponse>((resolve, reject) => {
    const r = lib.request({ ...options, timeout: req.timeoutMs, signal: req.signal }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          url: url.href,
          headers: res.headers,
          contentType: typeof res.headers["content-type"] === "string" ? res.headers["content-type"] : null,
          body: Buffer.concat(chunks),
        }),
      );
      res.on("error", reject);
    });
    r.on("timeout", () => r.destroy(new Error(`timed out after ${req.timeoutMs} ms`)));
    r.on("error", reject);
    if (req.body !== null) r.write(req.body);
    r.end();
  });
}

function decompress(body: Buffer, encoding: string): Buffer {
  try {
    if (/\bgzip\b/i.test(encoding)) return zlib.gunzipSync(body);
    if (/\bdeflate\b/i.test(encoding)) return zlib.inflateSync(body);
    if (/\bbr\b/i.test(encoding)) return zlib.brotliDecompressSync(body);
  } catch {
    return body;
  }
  return body;
}
