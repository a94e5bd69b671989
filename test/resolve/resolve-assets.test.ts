import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { resolveEvents } from "../../src/resolve/index.ts";
import { LEXICONS, ev } from "./builders.ts";

const assetOf = (r: ReturnType<typeof resolveEvents>, eventId: number): string => r.links.find((l) => l.eventId === eventId)!.assetId;
const sameAsset = (r: ReturnType<typeof resolveEvents>, a: number, b: number): boolean => assetOf(r, a) === assetOf(r, b);

describe("resolveEvents(events, lexicons): assets", () => {
  it("merges code variants that differ in hyphens, spaces and case", () => {
    const r = resolveEvents([ev({ id: 1, asset: "IBI363" }), ev({ id: 2, asset: "IBI-363", type: "fast_track", agency: "FDA" }), ev({ id: 3, asset: "ibi 363", type: "ind_approved" })], LEXICONS);
    assert.ok(sameAsset(r, 1, 2) && sameAsset(r, 1, 3));
    const asset = r.assets.find((a) => a.id === assetOf(r, 1))!;
    assert.deepEqual(asset.aliases.map((a) => a.name).sort(), ["IBI-363", "IBI363", "ibi 363"]);
    assert.ok(asset.why.some((n) => n.rule === "same_code" && n.detail.includes("IBI-363")));
  });

  it("strips dosage-form wrappers (注射用BL-B01D1 = BL-B01D1, X注射液 = X)", () => {
    const r = resolveEvents([ev({ id: 1, asset: "注射用BL-B01D1", company: "百利天恒" }), ev({ id: 2, asset: "BL-B01D1", company: "Biokin", type: "ind_approved" }), ev({ id: 3, asset: "BL-B01D1注射液", company: "Baili Tianheng", type: "deal", agency: null })], LEXICONS);
    assert.ok(sameAsset(r, 1, 2) && sameAsset(r, 1, 3));
    assert.ok(r.assets.find((a) => a.id === assetOf(r, 1))!.why.some((n) => n.rule === "dosage_form"));
  });

  it("merges INN, brand, code and Chinese name when a document states them together, keeping where each was learned", () => {
    const r = resolveEvents(
      [
        ev({ id: 1, asset: "XYZ-77", aliases: ["tolmetuzumab", "托美妥单抗"], company: "Innovent", sources: ["doc-a"] }),
        ev({ id: 2, asset: "tolmetuzumab", company: null, type: "fast_track", agency: "FDA", sources: ["doc-b"] }),
        ev({ id: 3, asset: "托美妥单抗", company: "信达生物", type: "ind_approved", sources: ["cde-implied:CXSL2500001"], official: true }),
      ],
      LEXICONS,
    );
    assert.ok(sameAsset(r, 1, 2) && sameAsset(r, 1, 3));
    const asset = r.assets.find((a) => a.id === assetOf(r, 1))!;
    assert.equal(asset.name, "XYZ-77");
    const inn = asset.aliases.find((a) => a.name === "tolmetuzumab")!;
    assert.deepEqual([inn.origin, inn.sourceId], ["document", "doc-a"]);
    assert.ok(asset.why.some((n) => n.rule === "stated_together" && n.sourceId === "doc-a"));
  });

  it("merges names the drug lexicon knows as one drug, even across owners (licensee events)", () => {
    const r = resolveEvents([ev({ id: 1, asset: "SKB264", company: "科伦博泰" }), ev({ id: 2, asset: "sacituzumab tirumotecan", company: "Merck & Co.", type: "btd", agency: "FDA" }), ev({ id: 3, asset: "佳泰莱", company: null, type: "approval" })], LEXICONS);
    assert.ok(sameAsset(r, 1, 2) && sameAsset(r, 1, 3));
    assert.equal(assetOf(r, 1), "drug:sac-tmt");
    assert.equal(r.assets.find((a) => a.id === "drug:sac-tmt")!.companyId, "kelun");
  });

  it("gives a name without a company to the one company whose asset has that name", () => {
    const r = resolveEvents([ev({ id: 1, asset: "QX-5", company: "Kelun-Biotech" }), ev({ id: 2, asset: "QX5", company: null, type: "deal", agency: null })], LEXICONS);
    assert.ok(sameAsset(r, 1, 2));
    assert.ok(r.assets.find((a) => a.id === assetOf(r, 1))!.why.some((n) => n.rule === "owner_inferred"));
  });

  it("never merges look-alike codes of different companies", () => {
    const r = resolveEvents([ev({ id: 1, asset: "ZX-101", company: "泽星生物" }), ev({ id: 2, asset: "ZX101", company: "瑞康医药", type: "ind_approved" })], LEXICONS);
    assert.ok(!sameAsset(r, 1, 2));
  });

  it("keeps a company-less name apart when two companies use it", () => {
    const r = resolveEvents([ev({ id: 1, asset: "ZX-101", company: "泽星生物" }), ev({ id: 2, asset: "ZX101", company: "瑞康医药" }), ev({ id: 3, asset: "ZX101", company: null, type: "deal", agency: null })], LEXICONS);
    assert.ok(!sameAsset(r, 3, 1) && !sameAsset(r, 3, 2));
  });

  it("does not take a lexicon code of another company for its drug", () => {
    const r = resolveEvents([ev({ id: 1, asset: "SKB264", company: "Kelun-Biotech" }), ev({ id: 2, asset: "SKB-264", company: "Innovent" })], LEXICONS);
    assert.ok(!sameAsset(r, 1, 2));
  });

  it("reads traditional Chinese names as their simplified form", () => {
    const r = resolveEvents([ev({ id: 1, asset: "澤尼達妥單抗", company: "信达生物" }), ev({ id: 2, asset: "泽尼达妥单抗", company: "Innovent", type: "approval" })], LEXICONS);
    assert.ok(sameAsset(r, 1, 2));
  });

  it("joins the look-alike names of unknown companies whose names contain each other", () => {
    const r = resolveEvents([ev({ id: 1, asset: "QY-9", company: "Qiyun Bio" }), ev({ id: 2, asset: "QY9", company: "Qiyun Biotherapeutics Co., Ltd.", type: "deal", agency: null })], LEXICONS);
    assert.ok(sameAsset(r, 1, 2));
  });
});

describe("resolveEvents(events, lexicons): companies", () => {
  it("resolves Chinese, English and abbreviated names to one company", () => {
    const r = resolveEvents([ev({ id: 1, company: "百利天恒", asset: "BL-B01D1" }), ev({ id: 2, company: "Biokin", asset: "BL-B01D1" }), ev({ id: 3, company: "Baili Tianheng", asset: "BL-B01D1" }), ev({ id: 4, company: "四川百利天恒药业股份有限公司", asset: "BL-B01D1" })], LEXICONS);
    assert.deepEqual(new Set(r.links.map((l) => l.companyId)), new Set(["biokin"]));
  });

  it("puts a subsidiary under its parent and scopes its assets by the parent", () => {
    const r = resolveEvents([ev({ id: 1, company: "上海信达生物医药科技有限公司", asset: "IBI999" }), ev({ id: 2, company: "Innovent", asset: "IBI-999" })], LEXICONS);
    const sub = r.companies.find((c) => c.id === r.links[0]!.companyId)!;
    assert.equal(sub.parentId, "innovent");
    assert.ok(sameAsset(r, 1, 2));
    assert.equal(r.assets.find((a) => a.id === assetOf(r, 1))!.companyId, "innovent");
  });

  it("learns a company's other name from a document that writes both", () => {
    const r = resolveEvents(
      [ev({ id: 1, company: "泽星生物", asset: "ZX-101" }), ev({ id: 2, company: "Zexing Bio", asset: "ZX-101", type: "deal", agency: null, sentences: ["Zexing Bio (泽星生物) announced a license agreement for ZX-101."] })],
      LEXICONS,
    );
    assert.equal(r.links[0]!.companyId, r.links[1]!.companyId);
    assert.ok(sameAsset(r, 1, 2));
  });
});
