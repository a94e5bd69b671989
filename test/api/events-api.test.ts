import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import ExcelJS from "exceljs";
import type { EventsView } from "../../src/api/views/events-view.ts";
import { testApp } from "./app-helpers.ts";
import { seedStore, type SeededStore } from "./seed-store.ts";

describe("events API", () => {
  let seeded: SeededStore;
  let app: ReturnType<typeof testApp>["app"];
  before(async () => {
    seeded = await seedStore();
    app = testApp(seeded.store).app;
  });
  after(() => seeded.cleanup());

  const getJson = async (url: string): Promise<EventsView> => {
    const res = await app.request(url);
    assert.equal(res.status, 200, url);
    return (await res.json()) as EventsView;
  };

  it("lists every event newest first with a total and facet counts", async () => {
    const view = await getJson("/api/events");
    assert.equal(view.total, 6);
    assert.deepEqual(
      view.events.map((e) => e.date),
      ["2025-06-04", "2025-06-03", "2025-05-28", "2025-03-17", "2024-12-15", "2024-01-10"],
    );
    assert.deepEqual(view.facets.agency?.find((f) => f.value === "NMPA"), { value: "NMPA", count: 3 });
  });

  it("combines facets with AND and keeps the other values of the facet being filtered", async () => {
    const view = await getJson("/api/events?type=btd&type=ind_approved&agency=NMPA&modality=sirna");
    assert.deepEqual(view.events.map((e) => e.asset), ["SYH2061"]);
    const types = view.facets.type?.map((f) => f.value) ?? [];
    assert.ok(types.includes("fast_track") === false && types.includes("ind_approved"));
    assert.equal(view.facets.modality?.length, 2, "modality facet ignores its own filter");
  });

  it("matches targets case- and hyphen-insensitively", async () => {
    const view = await getJson("/api/events?target=pd1");
    assert.deepEqual(view.events.map((e) => e.asset).sort(), ["IBI363", "IBI363"]);
  });

  it("finds Chinese text with the full-text search, including two-character words", async () => {
    assert.deepEqual((await getJson(`/api/events?q=${encodeURIComponent("突破性治疗")}`)).events.map((e) => e.asset), ["IBI363"]);
    assert.deepEqual((await getJson(`/api/events?q=${encodeURIComponent("获批")}`)).events.map((e) => e.asset), ["SYH2061"]);
    assert.deepEqual((await getJson("/api/events?q=myeloma")).events.map((e) => e.asset), ["ESO-T01"]);
  });

  it("filters by date range on partial dates and pages the results", async () => {
    const view = await getJson("/api/events?since=2025-01&until=2025-06-03&size=2&page=2");
    assert.equal(view.total, 3);
    assert.equal(view.pages, 2);
    assert.deepEqual(view.events.map((e) => e.date), ["2025-03-17"]);
  });

  it("serves investigator-initiated trials at /api/iit whatever type is asked", async () => {
    const res = await app.request("/api/iit?type=btd");
    const view = (await res.json()) as EventsView;
    assert.deepEqual(view.events.map((e) => e.type), ["iit"]);
  });

  it("exports the filtered table as CSV with a BOM and Chinese headers when asked", async () => {
    const res = await app.request("/api/events?agency=NMPA&format=csv&lang=zh");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/csv/);
    assert.match(res.headers.get("content-disposition") ?? "", /attachment; filename="dualtrack-events.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split("\r\n");
    assert.equal(lines.length, 4);
    assert.match(lines[0]!, /^日期,药物,/);
  });

  it("exports XLSX that Excel can open", async () => {
    const res = await app.request("/api/events?format=xlsx");
    assert.equal(res.status, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.rowCount, 7);
    assert.equal(sheet.getRow(2).getCell(2).value, "IBI363");
  });

  it("defuses spreadsheet formulas in CSV cells", async () => {
    const { toCsvCells } = { toCsvCells: (await import("../../src/api/table.ts")).tableToCsv };
    const csv = toCsvCells({ name: "x", headers: ["a"], rows: [["=HYPERLINK(1)"], ["-5"]] });
    assert.match(csv, /'=HYPERLINK/);
    assert.match(csv, /\r\n-5\r\n/);
  });
});
