import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { loadLexicons, parseLexicon } from "./load-lexicons.ts";
import { announcedTypes, compileLexicons } from "./compile.ts";
import { CompanyLexiconSchema, TriggerLexiconSchema } from "./schemas.ts";

const lexicons = loadLexicons();
const m = compileLexicons(lexicons);

describe("loadLexicons()", () => {
  it("loads at least 300 Chinese innovators with their global partners, and at least 500 targets", () => {
    const cn = lexicons.companies.companies.filter((c) => c.country === "CN");
    assert.ok(cn.length >= 300, `${cn.length} Chinese companies`);
    assert.ok(lexicons.companies.companies.length - cn.length >= 30);
    assert.ok(lexicons.targets.targets.length >= 500, `${lexicons.targets.targets.length} targets`);
  });

  it("knows companies by Chinese name, English name and code prefix", () => {
    assert.equal(m.names.whole("company", "信达生物"), m.names.whole("company", "Innovent Biologics"));
    assert.ok(m.prefixes.some((p) => p.prefix === "IBI" && p.companyId === m.names.whole("company", "信达生物")));
    // (and by a word-for-word machine translation of the Chinese name, kept apart as one)
    assert.equal(m.names.whole("company", "Sweet Li Pharmaceutical"), m.names.whole("company", "甘李药业"));
    assert.ok(m.machineTranslatedNames.has("sweet li pharmaceutical") && !m.machineTranslatedNames.has("gan & lee pharmaceuticals"));
  });

  it("maps common target names to HGNC symbols", () => {
    for (const [name, symbol] of [["PD-L1", "CD274"], ["HER2", "ERBB2"], ["TROP2", "TACSTD2"], ["Claudin18.2", "CLDN18"], ["BCMA", "TNFRSF17"], ["PD-1", "PDCD1"], ["insulin analogue", "INSR"], ["基础胰岛素", "INSR"]] as const) {
      assert.equal(m.names.whole("target", name)?.symbol, symbol, name);
    }
  });

  it("knows a drug by its code, INN, Chinese name and brand", () => {
    const ids = ["AK112", "ivonescimab", "依沃西单抗"].map((n) => m.names.whole("drug", n));
    assert.ok(ids[0]);
    assert.deepEqual(new Set(ids).size, 1);
    // (a code without a digit, KarXT, and an INN pair joined by 'and')
    // (a brand without ® that texts use as the drug's name, and its Chinese product name)
    assert.equal(m.names.whole("drug", "Nefecon"), m.names.whole("drug", "布地奈德肠溶胶囊"));
    const pair = ["KarXT", "xanomeline and trospium chloride", "Cobenfy"].map((n) => m.names.whole("drug", n));
    assert.ok(pair[0]);
    assert.deepEqual(new Set(pair).size, 1);
  });

  it("knows what a roundup's section heading announces", () => {
    const announced = (heading: string) => announcedTypes(m.sections, heading);
    assert.deepEqual(announced("【突破性治疗】"), ["btd"]);
    assert.deepEqual(announced("四、受理信息"), ["ind_accepted", "nda_accepted"]);
    assert.deepEqual(announced("三、临床试验默示许可"), ["ind_approved"]);
  });

  it("tells hearsay, plans and negations by example", () => {
    assert.ok(m.hearsay.test("市场传闻曜泊生物正在与多家MNC接触"));
    assert.ok(m.hearsay.test("The biotech is reportedly in talks with Pfizer"));
    assert.ok(!m.hearsay.test("公司公告称，该药获批上市"));
    assert.ok(m.withdrawals.test("已于本周由申请人主动撤回") && m.withdrawals.test("the company withdrew the application"));
    assert.ok(m.plans.test("并拟同步申请优先审评"));
    assert.ok(m.negations.test("At present no same target drug approved listing in China"));
  });

  it("rejects a malformed dictionary with the file, the entry and the problem", () => {
    assert.throws(() => parseLexicon("companies.yaml", "version: 1\ncompanies:\n  - id: Bad Id\n    en: [X]\n", CompanyLexiconSchema), /companies\.yaml: companies\.0\.id/);
    assert.throws(() => parseLexicon("triggers.yaml", "version: 1\ntriggers:\n  - type: btd\n    patterns: ['(unclosed']\n", TriggerLexiconSchema), /triggers\.yaml: triggers\.0\.patterns\.0: not a valid regular expression/);
    assert.throws(() => parseLexicon("triggers.yaml", "version: 1\ntriggers: [", TriggerLexiconSchema), /triggers\.yaml: not valid YAML/);
  });
});
