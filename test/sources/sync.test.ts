import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { syncSource, type SyncOptions } from "../../src/pipeline/sync.ts";
import { createPoliteClient } from "../../src/sources/http/polite-client.ts";
import { getSource } from "../../src/sources/registry.ts";
import type { SourceAdapter } from "../../src/sources/source-adapter.ts";
import type { SqliteStore } from "../../src/store/index.ts";
import { cdeListRoute, fixture, html, startFixtureServer, toLocal, type Route } from "./support/fixture-server.ts";
import { createTestStore } from "./support/test-store.ts";

const T1 = new Date("2026-09-16T02:00:00.000Z");
const T2 = new Date("2026-09-25T02:00:00.000Z");
const EMPTY = JSON.stringify({ code: 200, msg: "success", data: { records: [], total: 0, size: 50, current: 1, pages: 0 } });
const json = <T>(path: string): T => JSON.parse(fixture(path)) as T;
type Envelope = { code: number; msg: string; data: { records: unknown[]; total: number } };

const adapter = (id: string): SourceAdapter => getSource(id)!;
const home: Route = () => ({ body: "<html><body>CDE</body></html>", type: "text/html", headers: { "Set-Cookie": "FSSBBIl1UgzbN7N80S=warm; Path=/" } });

let store: SqliteStore;
let server: Awaited<ReturnType<typeof startFixtureServer>> | null = null;
beforeEach(() => {
  store = createTestStore();
});
afterEach(async () => {
  await store.close();
  await server?.close();
  server = null;
});

async function serve(routes: Record<string, Route>) {
  server = await startFixtureServer({ "/": home, ...routes });
  return server;
}

function options(now: Date, extra: Partial<SyncOptions> = {}): SyncOptions {
  return {
    store,
    http: createPoliteClient({ userAgent: "dualtrack-test", minIntervalMs: 0, retries: 0, sleep: async () => {} }),
    now: () => now,
    resolve: toLocal(server!.url),
    ...extra,
  };
}

const count = (sql: string, ...params: unknown[]): number => Number(store.raw.prepare(sql).pluck().get(...params));
const listRequests = (path: string, field = "drugtype", value = "hy") => server!.requests.filter((r) => r.path === path && r.form.get(field) === value).map((r) => Number(r.form.get("pageNum")));

/** The acceptance list served for drugtype=hy only (the two other filters are empty). */
const acceptanceRoutes = (envelope: Envelope | (() => Envelope), extra: Partial<Record<string, Route>> = {}) => {
  const list = cdeListRoute(envelope);
  return { "/main/xxgk/getMenuListHc": extra["/main/xxgk/getMenuListHc"] ?? ((req) => (req.form.get("drugtype") === "hy" ? list(req) : { body: EMPTY })) };
};

describe("syncSource(cde-acceptances) against a local CDE", () => {
  it("stops at ceil(total/pageSize) although the site wraps past the last page, and keeps duplicate rows as one record", async () => {
    await serve(acceptanceRoutes(json<Envelope>("cde-acceptances/getMenuListHc.json")));
    const report = await syncSource(adapter("cde-acceptances"), options(T1, { pageSize: 3 }));
    assert.ok(report.ok, report.error?.message);
    assert.deepEqual(listRequests("/main/xxgk/getMenuListHc"), [1, 2, 3], "9 rows / 3 per page = 3 pages, never page 4 (which wraps to page 1)");
    assert.equal(await store.countSourceRecords("cde-acceptances"), 8, "9 rows, one duplicated");
    assert.equal(count("SELECT count(*) FROM events"), 7);
    assert.equal(count("SELECT count(*) FROM event_sources"), 7);
    const [state] = await store.getSourceStates();
    assert.deepEqual({ id: state!.id, recordsSeen: state!.recordsSeen, blocked: state!.blocked, lastError: state!.lastError }, { id: "cde-acceptances", recordsSeen: 8, blocked: false, lastError: null });
    const facts = await store.getSourceEventFacts("cde-acceptances:CXHL2601201");
    assert.equal(facts?.class1, true);
    assert.equal(facts?.recordKey, "cde-acceptances:CXHL2601201");
  });

  it("sends the page's own XHR headers after a warm-up GET that collects the bot-shield cookie", async () => {
    await serve(acceptanceRoutes(json<Envelope>("cde-acceptances/getMenuListHc.json")));
    await syncSource(adapter("cde-acceptances"), options(T1));
    const post = server!.requests.find((r) => r.path === "/main/xxgk/getMenuListHc")!;
    assert.equal(server!.requests[0]!.path, "/", "warm-up first");
    assert.equal(post.headers["x-requested-with"], "XMLHttpRequest");
    assert.equal(post.headers.referer, "https://www.cde.org.cn/main/xxgk/listpage/9f9c74c73e0f8f56a8bfbc646055026d");
    assert.equal(post.headers.cookie, "FSSBBIl1UgzbN7N80S=warm");
    assert.equal(post.headers["user-agent"], "dualtrack-test");
    assert.deepEqual(Object.fromEntries(post.form), { statenow: "0", year: "", drugtype: "hy", applytype: "xy", acceptid: "", drugname: "", company: "", pageSize: "50", pageNum: "1" });
  });

  it("adds only what is new on the next run, stopping at the first page with nothing new", async () => {
    await serve(acceptanceRoutes(json<Envelope>("cde-acceptances/getMenuListHc.json")));
    await syncSource(adapter("cde-acceptances"), options(T1, { pageSize: 3 }));
    server!.requests.length = 0;
    const again = await syncSource(adapter("cde-acceptances"), options(T2, { pageSize: 3 }));
    assert.ok(again.ok);
    assert.deepEqual(listRequests("/main/xxgk/getMenuListHc"), [1], "page 1 brought nothing new");
    assert.equal(again.lists[0]!.recordsNew, 0);
    assert.equal(count("SELECT count(*) FROM events"), 7);
    assert.equal(count("SELECT count(*) FROM event_sources"), 7, "no second source row for an unchanged record");
  });

  it("reports HTTP 202 with the challenge page as blocked, stores nothing, and marks the source blocked", async () => {
    await serve(acceptanceRoutes(json<Envelope>("cde-acceptances/getMenuListHc.json"), { "/main/xxgk/getMenuListHc": () => html(fixture("http/ruishu-challenge.html"), 202) }));
    const report = await syncSource(adapter("cde-acceptances"), options(T1));
    assert.equal(report.ok, false);
    assert.equal(report.blocked, true);
    assert.match(report.error!.message, /blocked by the site's bot shield: HTTP 202/);
    assert.equal(await store.countSourceRecords("cde-acceptances"), 0);
    const [state] = await store.getSourceStates();
    assert.equal(state!.blocked, true);
    assert.match(state!.lastError!, /bot shield/);
  });

  it("reports an HTML page served with 200 where JSON was expected as blocked, not as no new records", async () => {
    await serve(acceptanceRoutes(json<Envelope>("cde-acceptances/getMenuListHc.json"), { "/main/xxgk/getMenuListHc": () => html(fixture("http/ruishu-challenge.html")) }));
    const report = await syncSource(adapter("cde-acceptances"), options(T1));
    assert.equal(report.blocked, true);
  });

  it("stops at a changed layout with a format-changed error naming the field, storing nothing from that page", async () => {
    const good = json<Envelope>("cde-acceptances/getMenuListHc.json");
    const list = cdeListRoute(good);
    await serve(
      acceptanceRoutes(good, {
        "/main/xxgk/getMenuListHc": async (req) => {
          if (req.form.get("drugtype") !== "hy") return { body: EMPTY };
          const reply = await list(req);
          if (req.form.get("pageNum") !== "2") return reply;
          const page = JSON.parse(String(reply.body)) as Envelope;
          const [first, ...rest] = page.data.records as Array<Record<string, unknown>>;
          const { drgnamecn, ...renamed } = first!;
          page.data.records = [rest[0]!, { ...renamed, drugNameCn: drgnamecn }, ...rest.slice(1)];
          return { body: JSON.stringify(page) };
        },
      }),
    );
    const report = await syncSource(adapter("cde-acceptances"), options(T1, { pageSize: 3 }));
    assert.equal(report.ok, false);
    assert.equal(report.error!.kind, "format_changed");
    assert.match(report.error!.message, /format changed: cde-acceptances: field "data\.records\.1\.drgnamecn" is missing/);
    assert.equal(await store.countSourceRecords("cde-acceptances"), 3, "page 1 only");
    const checkpoint = await store.getSyncCheckpoint("cde-acceptances", "hy-xy");
    assert.deepEqual([checkpoint!.status, checkpoint!.nextPage], ["running", 2]);
  });

  it("completes a sync killed halfway on the next run, with no duplicates", async () => {
    const controller = new AbortController();
    const list = cdeListRoute(json<Envelope>("cde-acceptances/getMenuListHc.json"));
    let kill = true;
    await serve(
      acceptanceRoutes(json<Envelope>("cde-acceptances/getMenuListHc.json"), {
        "/main/xxgk/getMenuListHc": async (req) => {
          if (req.form.get("drugtype") !== "hy") return { body: EMPTY };
          if (kill && req.form.get("pageNum") === "3") {
            controller.abort(); // the process dies while page 3 is in flight
            await new Promise((r) => setTimeout(r, 50));
          }
          return list(req);
        },
      }),
    );
    const first = await syncSource(adapter("cde-acceptances"), options(T1, { pageSize: 3, signal: controller.signal }));
    assert.equal(first.ok, false);
    assert.equal(first.error!.kind, "aborted");
    assert.equal(await store.countSourceRecords("cde-acceptances"), 6, "pages 1 and 2 were committed");
    kill = false;
    server!.requests.length = 0;
    const second = await syncSource(adapter("cde-acceptances"), options(T1, { pageSize: 3 }));
    assert.ok(second.ok, second.error?.message);
    assert.equal(second.lists[0]!.resumedFrom, 3);
    assert.deepEqual(listRequests("/main/xxgk/getMenuListHc"), [3, 1], "resumes at page 3, then checks page 1 for news");
    assert.equal(await store.countSourceRecords("cde-acceptances"), 8);
    assert.equal(count("SELECT count(*) FROM events"), 7);
    assert.equal(count("SELECT count(*) FROM (SELECT key FROM events GROUP BY key HAVING count(*) > 1)"), 0);
    assert.equal(count("SELECT count(*) FROM event_sources"), 7);
  });
});

describe("syncSource(cde-btd): proposed → granted", () => {
  const btdRoutes = (proposed: string | null, included: string | null): Record<string, Route> => {
    const details = json<Record<string, unknown>>("cde-btd/detail.json");
    return {
      "/main/breakthrough/getBreakthroughCureList": (req) => {
        const file = req.form.get("noticeType") === "1" ? included : proposed;
        return file ? cdeListRoute(json<Envelope>(file))(req) : { body: EMPTY };
      },
      "/main/breakthrough/getBreakthroughInfo": (req) => ({ body: JSON.stringify(details[req.form.get("bcnidCODE") ?? ""]) }),
    };
  };

  it("keeps a proposed notice and its later inclusion as one event with both dates, one per indication", async () => {
    await serve(btdRoutes("cde-btd/proposed.json", null));
    const first = await syncSource(adapter("cde-btd"), options(T1));
    assert.ok(first.ok, first.error?.message);
    assert.equal(count("SELECT count(*) FROM events WHERE type = 'btd'"), 3);
    assert.equal(count("SELECT count(*) FROM events WHERE status = 'proposed'"), 3);
    const key = "cde-btd:id:b1f0a9e8d7c6b5a4";
    const proposed = await store.getSourceEventFacts(key);
    assert.deepEqual([proposed!.status, proposed!.date, proposed!.proposedDate, proposed!.grantedDate, proposed!.class1], ["proposed", "2026-09-14", "2026-09-14", null, true]);

    await server!.close();
    server = await startFixtureServer({ "/": home, ...btdRoutes(null, "cde-btd/included.json") });
    const second = await syncSource(adapter("cde-btd"), options(T2));
    assert.ok(second.ok, second.error?.message);
    assert.equal(count("SELECT count(*) FROM events WHERE type = 'btd'"), 3, "no new event: the inclusion updated the notice");
    const granted = await store.getSourceEventFacts(key);
    assert.equal(granted!.id, proposed!.id);
    assert.deepEqual([granted!.status, granted!.date, granted!.proposedDate, granted!.grantedDate], ["granted", "2026-09-20", "2026-09-14", "2026-09-20"]);
    assert.equal(granted!.sources, 2, "the 拟纳入 and 纳入 renderings are both kept as sources");
    const skb = store.raw.prepare("SELECT indication FROM events WHERE asset = '注射用SKB264' ORDER BY indication").pluck().all() as string[];
    assert.equal(skb.length, 2, "two BTDs on CXSL2300094 stay two events");
    assert.match(skb[0]!, /三阴性乳腺癌|非小细胞肺癌/);
  });

  it("asks the detail endpoint only for records it has not seen", async () => {
    await serve(btdRoutes("cde-btd/proposed.json", null));
    await syncSource(adapter("cde-btd"), options(T1));
    const details = () => server!.requests.filter((r) => r.path === "/main/breakthrough/getBreakthroughInfo").length;
    assert.equal(details(), 3);
    await syncSource(adapter("cde-btd"), options(T1));
    assert.equal(details(), 3);
  });
});

describe("syncSource(cde-implied-approvals)", () => {
  it("stamps the first-seen date once, never overwrites it, and flags an asset's first IND", async () => {
    // An earlier IND approval of HRS-9813, read from a news article before the sync.
    await store.saveRecordEvents([
      {
        key: "doc:hrs9813-ind",
        event: { asset: "HRS-9813", asset_aliases: [], company: "恒瑞医药", type: "ind_approved", status: null, agency: "NMPA", date: "2025-05-10", indication: "特发性肺纤维化", modality: null, targets: [], phase: null, counterparty: null, upfront_usd: null, total_usd: null },
        source: { documentId: null, sourceId: null, recordId: null, url: null, sentence: "HRS-9813获批临床", span: [0, 10], extractorVersion: "test", fetchedAt: "2025-05-11T00:00:00.000Z" },
      },
    ]);
    await serve({ "/main/xxgk/getCliniCalList": cdeListRoute(json<Envelope>("cde-implied-approvals/getCliniCalList.json")) });
    const first = await syncSource(adapter("cde-implied-approvals"), options(T1));
    assert.ok(first.ok, first.error?.message);
    const bl = await store.getSourceEventFacts("cde-implied-approvals:CXSL2400144");
    assert.deepEqual([bl!.date, bl!.firstSeenAt, bl!.firstInd, bl!.class1], ["2026-09-16", T1.toISOString(), true, true]);
    assert.equal((await store.getSourceEventFacts("cde-implied-approvals:CXSL2400145"))!.firstInd, false, "the same asset's second 受理号 is not its first IND");
    assert.equal((await store.getSourceEventFacts("cde-implied-approvals:CXHL2600912"))!.firstInd, false, "HRS-9813 had an earlier IND approval");
    assert.equal((await store.getSourceEventFacts("cde-implied-approvals:CXHL2601201"))!.firstInd, true);
    assert.equal((await store.getSourceEventFacts("cde-implied-approvals:id:7d1c0e2f9a3b4c5d"))!.id, bl!.id, "the site's record id is an alias");

    const again = await syncSource(adapter("cde-implied-approvals"), options(T2, { full: true }));
    assert.ok(again.ok);
    const later = await store.getSourceEventFacts("cde-implied-approvals:CXSL2400144");
    assert.deepEqual([later!.date, later!.firstSeenAt, later!.firstInd], ["2026-09-16", T1.toISOString(), true]);
  });
});

describe("syncSource for the HTML and export sources against a local server", () => {
  it("nmpa-approvals: reads the column index and fetches each article once", async () => {
    await serve({
      "/zwfw/sdxx/sdxxyp/yppjfb/index.html": () => html(fixture("nmpa-approvals/index.html")),
      "/zwfw/sdxx/sdxxyp/yppjfb/20200911083851127.html": () => html(fixture("nmpa-approvals/20200911083851127.html")),
    });
    const report = await syncSource(adapter("nmpa-approvals"), options(T1));
    assert.ok(report.ok, report.error?.message);
    assert.equal(await store.countSourceRecords("nmpa-approvals"), 3);
    await syncSource(adapter("nmpa-approvals"), options(T2));
    assert.equal(server!.requests.filter((r) => r.path.endsWith("20200911083851127.html")).length, 1, "a stored article is not fetched again");
  });

  it("nmpa-approvals: HTTP 412 with the Ruishu page is reported as blocked", async () => {
    await serve({ "/zwfw/sdxx/sdxxyp/yppjfb/index.html": () => html(fixture("http/nmpa-412.html"), 412) });
    const report = await syncSource(adapter("nmpa-approvals"), options(T1));
    assert.equal(report.blocked, true);
    assert.match(report.error!.message, /HTTP 412/);
    assert.equal((await store.getSourceStates())[0]!.blocked, true);
  });

  it("nmpa-innovative: list page plus articles give approvals with company and indication", async () => {
    await serve({
      "/zhuanti/cxylqx/cxypxx/index.html": () => html(fixture("nmpa-innovative/index.html")),
      "/xxgk/yjjsh/ypshpjxx/20250102170000123.html": () => html(fixture("nmpa-innovative/20250102170000123.html")),
      "/xxgk/yjjsh/ypshpjxx/20240524180000456.html": () => html("<html><head><meta name=\"ArticleTitle\" content=\"国家药监局批准依沃西单抗注射液上市\"><meta name=\"PubDate\" content=\"2024-05-24 18:00\"></head><body><div class=\"text\"><p>近日，国家药品监督管理局批准中山康方生物医药有限公司申报的依沃西单抗注射液上市，用于治疗EGFR-TKI治疗后进展的EGFR突变非鳞状非小细胞肺癌。</p></div></body></html>"),
      "/xxgk/yjjsh/ypshpjxx/20240301090000789.html": () => html("<html><head><meta name=\"ArticleTitle\" content=\"国家药监局关于发布药品注册有关事项的通告\"></head><body><div class=\"text\">通告</div></body></html>"),
    });
    const report = await syncSource(adapter("nmpa-innovative"), options(T1));
    assert.ok(report.ok, report.error?.message);
    const events = await store.listEvents({ agencies: ["NMPA"] });
    const ivo = events.find((e) => e.asset === "依沃西单抗注射液")!;
    assert.equal(ivo.type, "approval");
    assert.equal(ivo.company, "中山康方生物医药有限公司");
    assert.match(ivo.indication!, /非小细胞肺癌/);
    assert.equal(events.find((e) => e.asset === "艾米迈托赛注射液")!.type, "conditional_approval");
  });

  it("ctr: reads the search list and completes each new trial from its detail page", async () => {
    await serve({
      "/clinicaltrials.searchlist.dhtml": () => html(fixture("ctr/searchlist.html")),
      "/clinicaltrials.searchlistdetail.dhtml": (req) => html(fixture(req.form.get("id") === "8a5f1e2b3c4d5e6f" ? "ctr/detail-CTR20230432.html" : "ctr/detail-CTR20230425.html")),
    });
    const report = await syncSource(adapter("ctr"), options(T1));
    assert.ok(report.ok, report.error?.message);
    const shr = (await store.listEvents({ asset: "SHR-A1811" }))[0]!;
    assert.deepEqual([shr.type, shr.date, shr.phase, shr.company], ["trial_start", "2023-02-15", "1/2", "苏州盛迪亚生物医药有限公司"]);
    assert.deepEqual(server!.requests.filter((r) => r.path === "/clinicaltrials.searchlist.dhtml" && r.method === "POST").map((r) => r.form.get("currentpage")), ["1"]);
  });

  it("fda-orphan: posts the search form and reads the answer", async () => {
    await serve({ "/scripts/opdlisting/oopd/OOPD_Results.cfm": () => html(fixture("fda-orphan/OOPD_Results.html")) });
    const report = await syncSource(adapter("fda-orphan"), options(T1));
    assert.ok(report.ok, report.error?.message);
    const form = server!.requests.find((r) => r.path.endsWith("OOPD_Results.cfm"))!.form;
    assert.equal(form.get("Search_param"), "DESDATE");
    assert.equal(form.get("Designation_End_Date"), "09/16/2026");
    assert.equal((await store.listEvents({ agencies: ["FDA"] })).length, 2);
  });

  it("iit: refuses to sync (import only) with a clear message", async () => {
    await serve({});
    const report = await syncSource(adapter("iit"), options(T1));
    assert.equal(report.ok, false);
    assert.match(report.error!.message, /dualtrack import --source iit/);
  });
});
