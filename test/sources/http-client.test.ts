import { describe, it, after, before } from "node:test";
import assert from "node:assert/strict";
import { createPoliteClient } from "../../src/sources/http/polite-client.ts";
import { detectBotWall } from "../../src/sources/http/bot-wall.ts";
import { lastPage } from "../../src/sources/http/pagination.ts";
import { proxyFor, proxyFromEnv } from "../../src/sources/http/proxy.ts";
import { fixture, html, startFixtureServer, type Route } from "./support/fixture-server.ts";

const noWait = async () => {};

describe("createPoliteClient(options) against a local server", () => {
  let flaky = 0;
  const routes: Record<string, Route> = {
    "/json": () => ({ body: JSON.stringify({ code: 200 }) }),
    "/flaky": () => (++flaky < 3 ? { status: 503, body: "busy" } : { body: "{}" }),
    "/challenge": () => html(fixture("http/ruishu-challenge.html"), 202),
    "/waf": () => html(fixture("http/waf-403.html"), 403),
    "/nmpa": () => html(fixture("http/nmpa-412.html"), 412),
    "/html-200": () => html(fixture("http/ruishu-challenge.html")),
    "/cookie": () => ({ body: "<html></html>", type: "text/html", headers: { "Set-Cookie": "FSSBBIl1UgzbN7N80S=abc123; Path=/; HttpOnly" } }),
    "/echo": (req) => ({ body: JSON.stringify({ ua: req.headers["user-agent"], cookie: req.headers.cookie ?? null, type: req.headers["content-type"] ?? null, form: Object.fromEntries(req.form) }) }),
    "/slow": () => new Promise((resolve) => setTimeout(() => resolve({ body: "{}" }), 500)),
    "/missing": () => ({ status: 404, body: "no" }),
  };
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  before(async () => {
    server = await startFixtureServer(routes);
  });
  after(() => server.close());

  const client = (extra: Partial<Parameters<typeof createPoliteClient>[0]> = {}) =>
    createPoliteClient({ userAgent: "dualtrack-test/1.0", minIntervalMs: 0, backoffMs: 1, sleep: noWait, ...extra });

  it("sends the configured User-Agent and a form body, and keeps cookies set by a warm-up GET", async () => {
    const c = client();
    await c.request({ method: "GET", url: `${server.url}/cookie`, expect: "html" });
    const res = await c.request({ method: "POST", url: `${server.url}/echo`, form: { pageNum: "1", pageSize: "50" }, expect: "json" });
    assert.ok(res.ok);
    const echo = JSON.parse(res.value.body.toString("utf8")) as { ua: string; cookie: string; type: string; form: Record<string, string> };
    assert.equal(echo.ua, "dualtrack-test/1.0");
    assert.equal(echo.cookie, "FSSBBIl1UgzbN7N80S=abc123");
    assert.match(echo.type, /^application\/x-www-form-urlencoded; charset=UTF-8$/);
    assert.deepEqual(echo.form, { pageNum: "1", pageSize: "50" });
  });

  it("retries 5xx with back-off and succeeds when the site recovers", async () => {
    const waits: number[] = [];
    const res = await client({ retries: 3, backoffMs: 100, sleep: async (ms) => void waits.push(ms) }).request({ method: "GET", url: `${server.url}/flaky`, expect: "json" });
    assert.ok(res.ok);
    assert.deepEqual(waits.filter((w) => w >= 100), [100, 200], "exponential back-off between attempts");
  });

  it("reports HTTP 202 with the challenge page as blocked by the bot shield, without retrying", async () => {
    const before = server.requests.length;
    const res = await client().request({ method: "POST", url: `${server.url}/challenge`, form: {}, expect: "json" });
    assert.ok(!res.ok && res.error.kind === "blocked");
    if (!res.ok) assert.match(res.error.message, /blocked by the site's bot shield: HTTP 202 with an HTML challenge page/);
    assert.equal(server.requests.length - before, 1);
  });

  it("reports the 403 WAF page and NMPA's 412 as blocked", async () => {
    const waf = await client().request({ method: "GET", url: `${server.url}/waf`, expect: "json" });
    assert.ok(!waf.ok && waf.error.kind === "blocked" && waf.error.message.includes("请不要使用非法的URL地址访问"));
    const nmpa = await client().request({ method: "GET", url: `${server.url}/nmpa`, expect: "html" });
    assert.ok(!nmpa.ok && nmpa.error.kind === "blocked" && nmpa.error.message.includes("HTTP 412"));
  });

  it("reports an HTML page with status 200 where JSON was expected as blocked, never as empty", async () => {
    const res = await client().request({ method: "POST", url: `${server.url}/html-200`, form: {}, expect: "json" });
    assert.ok(!res.ok && res.error.kind === "blocked" && res.error.message.includes("HTML page where JSON was expected"));
  });

  it("times out a slow answer and reports a network error after its retries", async () => {
    const res = await client({ timeoutMs: 50, retries: 1 }).request({ method: "GET", url: `${server.url}/slow`, expect: "json" });
    assert.ok(!res.ok && res.error.kind === "network" && /timed out/.test(res.error.message));
  });

  it("does not retry a 404", async () => {
    const before = server.requests.length;
    const res = await client().request({ method: "GET", url: `${server.url}/missing`, expect: "json" });
    assert.ok(!res.ok && res.error.kind === "http" && res.error.status === 404);
    assert.equal(server.requests.length - before, 1);
  });

  it("spaces requests by the rate limit", async () => {
    const waits: number[] = [];
    const c = createPoliteClient({ userAgent: "t", minIntervalMs: 1000, sleep: async (ms) => void waits.push(ms) });
    await c.request({ method: "GET", url: `${server.url}/json`, expect: "json" });
    await c.request({ method: "GET", url: `${server.url}/json`, expect: "json" });
    assert.equal(waits.length, 1);
    assert.ok(waits[0]! > 900 && waits[0]! <= 1000, String(waits[0]));
  });

  it("goes through an HTTP proxy taken from the environment", async () => {
    const proxied: string[] = [];
    const proxy = await startFixtureServer({});
    proxy.server.removeAllListeners("request");
    proxy.server.on("request", (req, res) => {
      proxied.push(req.url ?? "");
      res.writeHead(200, { "Content-Type": "application/json" }).end('{"via":"proxy"}');
    });
    try {
      const c = client({ proxy: proxyFromEnv({ HTTP_PROXY: proxy.url }) });
      const res = await c.request({ method: "GET", url: "http://www.cde.org.cn/main/xxgk/getMenuListHc", expect: "json" });
      assert.ok(res.ok);
      assert.deepEqual(proxied, ["http://www.cde.org.cn/main/xxgk/getMenuListHc"]);
    } finally {
      await proxy.close();
    }
  });
});

describe("proxyFor(url, config)", () => {
  it("honours NO_PROXY and never proxies loopback", () => {
    const config = proxyFromEnv({ HTTPS_PROXY: "http://proxy:3128", NO_PROXY: "localhost,.internal.example" });
    assert.equal(proxyFor(new URL("https://www.cde.org.cn/"), config), "http://proxy:3128");
    assert.equal(proxyFor(new URL("https://api.internal.example/"), config), null);
    assert.equal(proxyFor(new URL("http://127.0.0.1:8080/"), config), null);
    assert.equal(proxyFor(new URL("http://www.nmpa.gov.cn/"), config), null, "no HTTP_PROXY set");
  });
});

describe("detectBotWall(response, expect)", () => {
  const response = (status: number, body: string, contentType: string | null = null) => ({ status, url: "https://x/", headers: {}, contentType, body: Buffer.from(body) });
  it("passes JSON with status 200", () => assert.equal(detectBotWall(response(200, '{"code":200}', "application/json"), "json"), null));
  it("blocks 202, 403 and 412 whatever the body", () => {
    for (const status of [202, 403, 412]) assert.equal(detectBotWall(response(status, "{}"), "json")?.kind, "blocked");
  });
  it("blocks a text/html answer where JSON was expected", () => assert.equal(detectBotWall(response(200, "{}", "text/html"), "json")?.kind, "blocked"));
  it("blocks an HTML page that is only the Ruishu script", () => assert.equal(detectBotWall(response(200, fixture("http/nmpa-412.html")), "html")?.kind, "blocked"));
  it("passes an HTML page with content", () => assert.equal(detectBotWall(response(200, fixture("nmpa-approvals/20200911083851127.html")), "html"), null));
});

describe("lastPage(total, pageSize)", () => {
  const table: Array<[number, number, number]> = [[0, 50, 1], [1, 50, 1], [50, 50, 1], [51, 50, 2], [51594, 50, 1032], [7, 3, 3]];
  for (const [total, size, last] of table) it(`is ${last} for ${total} rows of ${size}`, () => assert.equal(lastPage(total, size), last));
});
