import { describe, it } from "node:test";
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { EventSchema } from "../../src/domain/index.ts";
import { getSource, SOURCES } from "../../src/sources/registry.ts";
import type { ParsedPage, RawInput, SourceAdapter } from "../../src/sources/source-adapter.ts";
import { SOURCE_IDS } from "../../src/sources/source-adapter.ts";
import { assetFromTitle } from "../../src/sources/nmpa-innovative/index.ts";
import { splitFormerNames, trialPhase } from "../../src/sources/ctr/index.ts";
import { assetKey } from "../../src/sources/text/normalize.ts";
import { fixture } from "./support/fixture-server.ts";

const FETCHED = "2026-09-16T02:00:00.000Z"; // 2026-09-16 10:00 in Shanghai: the BTD notices (ending 09-20) are open
const input = (body: string | Uint8Array, url: string | null = null): RawInput => ({ body, contentType: null, url, name: null });

function source(id: string): SourceAdapter {
  const adapter = getSource(id);
  assert.ok(adapter, id);
  return adapter;
}

async function parseOk(id: string, body: string | Uint8Array, list: string | null = null, url: string | null = null): Promise<ParsedPage> {
  const parsed = await source(id).parse(input(body, url), { fetchedAt: FETCHED, url, list });
  assert.ok(parsed.ok, parsed.ok ? "" : parsed.error.message);
  for (const r of parsed.value.records) for (const e of r.events) EventSchema.parse(e.event);
  return parsed.value;
}

const events = (page: ParsedPage) => page.records.flatMap((r) => r.events);

describe("the source registry", () => {
  it("has one adapter per documented source id, each with a descriptor", () => {
    assert.deepEqual(SOURCES.map((s) => s.descriptor.id), [...SOURCE_IDS]);
    for (const s of SOURCES) {
      assert.ok(s.descriptor.name && s.descriptor.yields && s.descriptor.example, s.descriptor.id);
      assert.ok(s.descriptor.formats.length > 0);
    }
  });

  it("offers sync for every source except the import-only IIT records", () => {
    assert.deepEqual(SOURCES.filter((s) => !s.lists).map((s) => s.descriptor.id), ["iit"]);
  });
});

describe("cde-acceptances", () => {
  it("turns new-drug INDs and NDAs into ind_accepted / nda_accepted with the Class 1 flag, and skips generics", async () => {
    const page = await parseOk("cde-acceptances", fixture("cde-acceptances/getMenuListHc.json"));
    assert.equal(page.total, 9);
    const byKey = new Map(events(page).map((e) => [e.key, e]));
    const hrs = byKey.get("cde-acceptances:CXHL2601201")!;
    assert.equal(hrs.event.type, "ind_accepted");
    assert.equal(hrs.event.agency, "NMPA");
    assert.equal(hrs.event.date, "2026-09-24");
    assert.equal(hrs.event.company, "江苏恒瑞医药股份有限公司", "repeated applicants are listed once");
    assert.equal(hrs.class1, true);
    assert.equal(byKey.get("cde-acceptances:CXHS2300015")!.event.type, "nda_accepted");
    assert.equal(byKey.get("cde-acceptances:JXSL2600102")!.class1, true);
    assert.equal(byKey.get("cde-acceptances:CXZL2600031")!.event.modality, "tcm");
    assert.equal(byKey.get("cde-acceptances:CXZL2600031")!.class1, true, "1.1 is class 1");
    assert.equal(byKey.get("cde-acceptances:CXHL2600877")!.class1, false, "2.2 is an improved new drug");
    assert.equal(byKey.get("cde-acceptances:CXHL1500321")!.class1, false, "原1.1 is the pre-2020 system");
    assert.equal(byKey.get("cde-acceptances:CXHL1500321")!.event.date, null, "a null createdate stays null");
    assert.equal(byKey.has("cde-acceptances:CYHS2600368"), false, "generics yield no event");
    assert.match(hrs.sentence, /CXHL2601201 HRS-4357片 .*注册分类 1.*承办日期 2026-09-24/);
  });

  it("reports a renamed key as a format change naming the field, and returns no rows", async () => {
    const parsed = await source("cde-acceptances").parse(input(fixture("cde-acceptances/renamed-key.json")), { fetchedAt: FETCHED, url: null, list: null });
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    assert.equal(parsed.error.kind, "format_changed");
    assert.match(parsed.error.message, /format changed: cde-acceptances: field "data\.records\.1\.acceptid" is missing/);
  });

  it("reports a missing envelope key (data.total) as a format change", async () => {
    const parsed = await source("cde-acceptances").parse(input(JSON.stringify({ code: 200, data: { records: [] } })), { fetchedAt: FETCHED, url: null, list: null });
    assert.ok(!parsed.ok && parsed.error.kind === "format_changed" && parsed.error.message.includes('"data.total"'));
  });

  it("reads a saved bot-shield page as blocked, never as an empty list", async () => {
    const parsed = await source("cde-acceptances").parse(input(fixture("http/ruishu-challenge.html")), { fetchedAt: FETCHED, url: null, list: null });
    assert.ok(!parsed.ok && parsed.error.kind === "blocked");
  });

  it("reports a code other than 200 as an error from the site", async () => {
    const parsed = await source("cde-acceptances").parse(input(JSON.stringify({ code: 500, msg: "系统繁忙", data: { records: [], total: 0 } })), { fetchedAt: FETCHED, url: null, list: null });
    assert.ok(!parsed.ok && parsed.error.kind === "http" && parsed.error.message.includes("系统繁忙"));
  });
});

describe("cde-implied-approvals", () => {
  it("yields ind_approved dated the day first seen (Shanghai), asking the store to stamp first-seen and check first IND", async () => {
    const page = await parseOk("cde-implied-approvals", fixture("cde-implied-approvals/getCliniCalList.json"));
    const bl = events(page).find((e) => e.key === "cde-implied-approvals:CXSL2400144")!;
    assert.equal(bl.event.type, "ind_approved");
    assert.equal(bl.event.date, "2026-09-16");
    assert.equal(bl.event.indication, "局部晚期或转移性非小细胞肺癌");
    assert.equal(bl.stampFirstSeen, true);
    assert.equal(bl.checkFirstInd, true);
    assert.deepEqual(bl.aliasKeys, ["cde-implied-approvals:id:7d1c0e2f9a3b4c5d"]);
    assert.equal(bl.assetKey, "blb01d1");
    const imported = events(page).find((e) => e.key === "cde-implied-approvals:JXHL2600054")!;
    assert.equal(imported.class1, false);
    assert.equal(imported.event.indication, null, "an empty indication is null");
  });
});

describe("cde-btd", () => {
  it("marks an open notice proposed with its notice date, keyed on the record id when the indication is unknown", async () => {
    const page = await parseOk("cde-btd", fixture("cde-btd/proposed.json"), "proposed");
    const [bl] = events(page);
    assert.equal(bl!.event.status, "proposed");
    assert.equal(bl!.event.date, "2026-09-14");
    assert.equal(bl!.proposedDate, "2026-09-14");
    assert.equal(bl!.grantedDate, null);
    assert.equal(bl!.key, "cde-btd:id:b1f0a9e8d7c6b5a4");
    assert.equal(bl!.event.company, "成都百利多特生物药业有限责任公司;四川百利药业有限责任公司");
  });

  it("marks rows of the included list granted, dated when the notice closed", async () => {
    const page = await parseOk("cde-btd", fixture("cde-btd/included.json"), "included");
    const [bl] = events(page);
    assert.equal(bl!.event.status, "granted");
    assert.equal(bl!.grantedDate, "2026-09-20");
    assert.equal(bl!.event.date, "2026-09-20");
  });

  it("keeps two BTDs on one 受理号 as two records and two events", async () => {
    const page = await parseOk("cde-btd", fixture("cde-btd/proposed.json"), "proposed");
    const two = page.records.filter((r) => (r.data as { acceptid: string }).acceptid === "CXSL2300094");
    assert.equal(two.length, 2);
    assert.notEqual(two[0]!.events[0]!.key, two[1]!.events[0]!.key);
  });
});

describe("cde-priority and cde-conditional", () => {
  it("reads a priority-review inclusion as granted priority_review", async () => {
    const page = await parseOk("cde-priority", fixture("cde-priority/getPriorityApprovalList.json"), "included");
    const [e] = events(page);
    assert.equal(e!.event.type, "priority_review");
    assert.equal(e!.event.status, "granted");
    assert.equal(e!.event.asset, "依沃西单抗注射液");
    assert.equal(e!.proposedDate, "2023-08-18");
  });

  it("reads one conditional approval per indication with its date", async () => {
    const page = await parseOk("cde-conditional", fixture("cde-conditional/getFtjpzqdList.json"));
    const [e] = events(page);
    assert.equal(e!.event.type, "conditional_approval");
    assert.equal(e!.event.status, null); // an approval, not a designation: no status in the event schema
    assert.equal(e!.event.date, "2025-01-02");
    assert.equal(e!.event.company, "铂生卓越生物科技（北京）有限公司");
    assert.match(e!.event.indication!, /急性移植物抗宿主病/);
  });
});

describe("nmpa-approvals", () => {
  it("reads the six-column table: suffix dropped from the key, applicants split, dates joined across spans", async () => {
    const page = await parseOk("nmpa-approvals", fixture("nmpa-approvals/20200911083851127.html"), null, "https://www.nmpa.gov.cn/zwfw/sdxx/sdxxyp/yppjfb/20200911083851127.html");
    assert.deepEqual(page.records.map((r) => r.key), ["CXHS2000009", "CYHB1903002", "CYHB2004956"]);
    const first = page.records[0]!.data as { applicants: string[]; approvalNumber: string; issued: string; office: string };
    assert.deepEqual(first.applicants, ["再鼎医药（苏州）有限公司", "再鼎医药（上海）有限公司"]);
    assert.equal(first.approvalNumber, "国药准字H20190035");
    assert.equal(first.issued, "2020-09-08");
    assert.equal(first.office, "国");
    assert.equal((page.records[2]!.data as { approvalNumber: string | null }).approvalNumber, null, "－－－－ means none");
    const [approval] = events(page);
    assert.equal(events(page).length, 1, "supplements yield no approval event");
    assert.equal(approval!.event.type, "approval");
    assert.equal(approval!.event.asset, "甲苯磺酸尼拉帕利胶囊");
    assert.equal(approval!.event.date, "2020-09-08");
  });

  it("names the missing column when the table layout changed", async () => {
    const parsed = await source("nmpa-approvals").parse(input(fixture("nmpa-approvals/changed-columns.html")), { fetchedAt: FETCHED, url: null, list: null });
    assert.ok(!parsed.ok && parsed.error.kind === "format_changed");
    if (!parsed.ok) assert.match(parsed.error.message, /field "table header "品名"" is missing/);
  });

  it("reads a saved 412 challenge page as blocked", async () => {
    const parsed = await source("nmpa-approvals").parse(input(fixture("http/nmpa-412.html")), { fetchedAt: FETCHED, url: null, list: null });
    assert.ok(!parsed.ok && parsed.error.kind === "blocked");
  });
});

describe("nmpa-innovative", () => {
  it("reads the list page into one record per announcement with absolute URLs, approvals only as events", async () => {
    const page = await parseOk("nmpa-innovative", fixture("nmpa-innovative/index.html"), null, "https://www.nmpa.gov.cn/zhuanti/cxylqx/cxypxx/index.html");
    assert.equal(page.records.length, 3);
    assert.equal(page.records[0]!.key, "https://www.nmpa.gov.cn/xxgk/yjjsh/ypshpjxx/20250102170000123.html");
    assert.deepEqual(events(page).map((e) => [e.event.type, e.event.asset, e.event.date]), [
      ["conditional_approval", "艾米迈托赛注射液", "2025-01-02"],
      ["approval", "依沃西单抗注射液", "2024-05-24"],
    ]);
  });

  it("reads company and indication from an article", async () => {
    const url = "https://www.nmpa.gov.cn/xxgk/yjjsh/ypshpjxx/20250102170000123.html";
    const page = await parseOk("nmpa-innovative", fixture("nmpa-innovative/20250102170000123.html"), null, url);
    const [e] = events(page);
    assert.equal(e!.key, `nmpa-innovative:${url}`);
    assert.equal(e!.event.company, "铂生卓越生物科技（北京）有限公司");
    assert.match(e!.event.indication!, /^14岁以上.*急性移植物抗宿主病/);
  });

  it("finds the drug in approval titles", () => {
    assert.deepEqual(assetFromTitle("国家药监局批准注射用卡瑞利珠单抗上市"), { asset: "注射用卡瑞利珠单抗", conditional: false });
    assert.deepEqual(assetFromTitle("国家药监局附条件批准1类创新药某某片上市"), { asset: "某某片", conditional: true });
    assert.equal(assetFromTitle("国家药监局关于发布药品注册有关事项的通告"), null);
  });
});

describe("ctr", () => {
  it("reads the search list with internal ids and the pager total", async () => {
    const page = await parseOk("ctr", fixture("ctr/searchlist.html"));
    assert.equal(page.total, 2);
    assert.deepEqual(page.records.map((r) => [r.key, (r.data as { internalId: string }).internalId]), [
      ["CTR20230432", "8a5f1e2b3c4d5e6f"],
      ["CTR20230425", "8a5f1e2b3c4d5e70"],
    ]);
  });

  it("reads a detail page: sponsor, first-posted date, phase, and the 受理号 only when published", async () => {
    const shr = events(await parseOk("ctr", fixture("ctr/detail-CTR20230432.html")))[0]!;
    assert.equal(shr.event.type, "trial_start");
    assert.equal(shr.event.asset, "注射用SHR-A1811");
    assert.equal(shr.event.company, "苏州盛迪亚生物医药有限公司");
    assert.equal(shr.event.date, "2023-02-15");
    assert.equal(shr.event.phase, "1/2");
    assert.equal(shr.event.indication, "乳腺癌");
    const bpi = await parseOk("ctr", fixture("ctr/detail-CTR20230425.html"));
    assert.equal((bpi.records[0]!.data as { acceptanceNumber: string }).acceptanceNumber, "CXHL2200715");
    assert.equal(bpi.records[0]!.events[0]!.event.phase, "1");
    const shrRecord = await parseOk("ctr", fixture("ctr/detail-CTR20230432.html"));
    assert.equal((shrRecord.records[0]!.data as { acceptanceNumber: string | null }).acceptanceNumber, null, "企业选择不公示 is no number");
  });

  it("maps trial phases and former names", () => {
    const table: Array<[string, string | null]> = [["I期", "1"], ["Ib期", "1"], ["Ib/II期", "1/2"], ["II期", "2"], ["II/III期", "2/3"], ["III期", "3"], ["IV期", null], ["其它其他说明:BE试验", null]];
    for (const [text, phase] of table) assert.equal(trialPhase(text), phase, text);
    assert.deepEqual(splitFormerNames("注射用SHR-A1811（曾用名：SHR-A1811注射液）"), { name: "注射用SHR-A1811", former: ["SHR-A1811注射液"] });
  });
});

describe("fda-orphan", () => {
  it("reads the HTML results: designations of sponsors in China become orphan_drug events, others stay records", async () => {
    const page = await parseOk("fda-orphan", fixture("fda-orphan/OOPD_Results.html"));
    assert.equal(page.records.length, 3);
    assert.deepEqual(events(page).map((e) => [e.event.asset, e.event.agency, e.event.status, e.event.date]), [
      ["HLX22", "FDA", "granted", "2024-01-10"],
      ["LM-302", "FDA", "granted", "2022-06-02"],
    ]);
  });

  it("reads the Excel export with the same columns", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("OOPD");
    sheet.addRow(["Generic Name", "Trade Name", "Date Designated", "Orphan Designation", "Orphan Designation Status", "Sponsor Company", "Sponsor Country", "CF Grid Key"]);
    sheet.addRow(["HLX22", "", "01/10/2024", "Treatment of gastric cancer", "Designated", "Shanghai Henlius Biotech, Inc.", "China", "981077"]);
    sheet.addRow(["LM-302", "", new Date(Date.UTC(2022, 5, 2)), "Treatment of pancreatic cancer", "Designated", "LaNova Medicines Limited", "China", "873405"]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const page = await parseOk("fda-orphan", bytes);
    assert.deepEqual(events(page).map((e) => [e.key, e.event.date]), [
      ["fda-orphan:981077", "2024-01-10"],
      ["fda-orphan:873405", "2022-06-02"],
    ]);
  });

  it("names the missing column of a changed export", async () => {
    const parsed = await source("fda-orphan").parse(input("<table><tr><th>Generic Name</th><th>Designation Date</th><th>Orphan Designation</th><th>Sponsor Company</th></tr></table>"), { fetchedAt: FETCHED, url: null, list: null });
    assert.ok(!parsed.ok && parsed.error.kind === "format_changed" && parsed.error.message.includes('column "Date Designated"'));
  });
});

describe("iit", () => {
  it("reads the documented CSV into iit events (agency NHC), one record per filing number", async () => {
    const page = await parseOk("iit", fixture("iit/registrations.csv"));
    assert.equal(page.records.length, 3, "the parser keeps rows; duplicates collapse when stored");
    const e = page.records[0]!.events[0]!;
    assert.equal(e.key, "iit:MR-33-24-030536");
    assert.equal(e.event.type, "iit");
    assert.equal(e.event.agency, "NHC");
    assert.equal(e.event.date, "2024-12-05", "the start date wins over the filing date");
    assert.equal(e.event.company, "EsoBiotec, Inc.");
    assert.equal(page.records[1]!.events[0]!.event.date, "2025-02-10", "no start date: the filing date");
  });

  it("reads JSON with Chinese column names", async () => {
    const page = await parseOk("iit", fixture("iit/registrations.json"));
    assert.equal(page.records[0]!.events[0]!.event.asset, "某某siRNA注射液");
    assert.equal(page.records[0]!.events[0]!.event.date, "2025-06-03");
  });

  it("rejects a malformed filing number naming the row and field", async () => {
    const parsed = await source("iit").parse(input("filing_number,hospital,product\nMR-33-2024-1,某医院,某产品\n"), { fetchedAt: FETCHED, url: null, list: null });
    assert.ok(!parsed.ok && parsed.error.message.includes('"rows.0.filing_number"'));
  });
});

describe("assetKey(name)", () => {
  it("matches the same drug across dosage-form wordings", () => {
    assert.equal(assetKey("注射用BL-B01D1"), assetKey("BL-B01D1注射液"));
    assert.equal(assetKey("HRS-4357片"), "hrs4357");
    assert.equal(assetKey("ＳＨＲ－Ａ１８１１"), "shra1811");
  });
});
