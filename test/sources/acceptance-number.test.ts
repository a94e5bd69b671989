import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { decodeAcceptanceNumber, isClass1Innovative, normalizeAcceptanceNumber, readRegistrationClass, type AcceptanceNumber } from "../../src/sources/acceptance-number/index.ts";

const ORIGINS = { C: "domestic", J: "imported" } as const;
const APPLICATIONS = { X: "new_drug", Y: "generic", B: "supplement", Z: "re_registration" } as const;
const KINDS = { H: "chemical", S: "biological", Z: "tcm", F: "excipient" } as const;
const STAGES = { L: "clinical", S: "marketing", B: "supplement", Z: "re_registration", F: "import_repackaging", R: "review" } as const;

describe("decodeAcceptanceNumber(number)", () => {
  it("decodes every combination of the four letters (2 × 4 × 4 × 6 = 192 prefixes)", () => {
    let n = 0;
    for (const [l1, origin] of Object.entries(ORIGINS))
      for (const [l2, application] of Object.entries(APPLICATIONS))
        for (const [l3, drugKind] of Object.entries(KINDS))
          for (const [l4, stage] of Object.entries(STAGES)) {
            const number = `${l1}${l2}${l3}${l4}2400144`;
            const decoded = decodeAcceptanceNumber(number);
            assert.ok(decoded.ok, `${number}: ${decoded.ok ? "" : decoded.error}`);
            assert.deepEqual(
              { origin: decoded.value.origin, application: decoded.value.application, drugKind: decoded.value.drugKind, stage: decoded.value.stage, year: decoded.value.year, sequence: decoded.value.sequence },
              { origin, application, drugKind, stage, year: 2024, sequence: 144 },
              number,
            );
            n++;
          }
    assert.equal(n, 192);
  });

  const examples: Array<[string, Partial<AcceptanceNumber>]> = [
    ["CXSL2400144", { number: "CXSL2400144", origin: "domestic", application: "new_drug", drugKind: "biological", stage: "clinical", year: 2024, sequence: 144, office: null, summaryZh: "境内生物制品新药临床试验申请" }],
    ["CXHL2601201", { origin: "domestic", drugKind: "chemical", stage: "clinical", year: 2026, sequence: 1201 }],
    ["CXZL2600031", { drugKind: "tcm", stage: "clinical" }],
    ["JXHS2400012", { origin: "imported", drugKind: "chemical", stage: "marketing", summaryEn: "imported chemical drug, new drug, marketing application (NDA/BLA)" }],
    ["CXHS2000009国", { number: "CXHS2000009", office: "国", officeName: "national (NMPA/CDE)", year: 2020, sequence: 9 }],
    ["CXHL0500001甘", { office: "甘", officeName: "Gansu", year: 2005, sequence: 1 }],
    ["CYHS2690012", { application: "generic", specialRoute: true, sequence: 90012 }],
    ["CYHB2004956国", { application: "generic", stage: "supplement", office: "国" }],
    ["JXHB2600014", { origin: "imported", stage: "supplement" }],
    ["cxsl2400144", { number: "CXSL2400144" }],
    ["  CXSL2400144  ", { number: "CXSL2400144" }],
    ["ＣＸＳＬ２４００１４４", { number: "CXSL2400144" }],
    ["CXHL2400001军", { office: "军", officeName: "military" }],
  ];
  for (const [input, expected] of examples) {
    it(`reads ${input.trim()} as ${JSON.stringify(expected)}`, () => {
      const decoded = decodeAcceptanceNumber(input);
      assert.ok(decoded.ok, decoded.ok ? "" : decoded.error);
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(decoded.value[key as keyof typeof decoded.value], value, key);
    });
  }

  const rejections: Array<[string, RegExp]> = [
    ["", /empty/],
    ["   ", /empty/],
    ["CXS2400144", /expected 4 letters.*found 3/],
    ["CXSLL2400144", /expected 4 letters.*found 5/],
    ["AXSL2400144", /letter 1 .*"A"; expected one of C, J/],
    ["CASL2400144", /letter 2 .*"A"; expected one of X, Y, B, Z/],
    ["CXAL2400144", /letter 3 .*"A"; expected one of H, S, Z, F/],
    ["CXSA2400144", /letter 4 .*"A"; expected one of L, S, B, Z, F, R/],
    ["CXSL240014", /expected 7 digits.*found 6/],
    ["CXSL24001444", /expected 7 digits.*found 8/],
    ["CXSL2400000", /sequence 00000/],
    ["CXSL2400144X", /unexpected characters/],
    ["CXSL2400144-1", /unexpected characters|unknown office/],
    ["CXSL2400144省", /unknown office suffix "省"/],
    ["CXSL2400144国国", /unknown office suffix/],
    ["CTR20230432", /expected 4 letters.*found 3/],
    ["MR-33-24-030536", /expected 4 letters.*found 2/],
    ["国药准字H20190035", /expected 4 letters.*found 0/],
  ];
  for (const [input, reason] of rejections) {
    it(`rejects ${JSON.stringify(input)} with a reason matching ${reason}`, () => {
      const decoded = decodeAcceptanceNumber(input);
      assert.equal(decoded.ok, false);
      if (!decoded.ok) assert.match(decoded.error, reason);
    });
  }

  it("drops the office suffix when normalising, as CDE lists write the number", () => {
    assert.equal(normalizeAcceptanceNumber("CXHS2000009国"), "CXHS2000009");
    assert.equal(normalizeAcceptanceNumber("not a number"), "NOT A NUMBER");
  });
});

describe("readRegistrationClass(注册分类)", () => {
  const table: Array<[string | null, boolean | null, string]> = [
    ["1", true, "2020"],
    ["1类", true, "2020"],
    ["1.1", true, "2020"],
    ["1.4类", true, "2020"],
    [" 1 ", true, "2020"],
    ["１", true, "2020"],
    ["1;2.2", true, "2020"],
    ["1；2.2", true, "2020"],
    ["2.2;1", false, "2020"],
    ["2", false, "2020"],
    ["2.4", false, "2020"],
    ["3.3", false, "2020"],
    ["5.1", false, "2020"],
    ["10", false, "2020"],
    ["原1", false, "pre-2020"],
    ["原1.1", false, "pre-2020"],
    ["原3.1", false, "pre-2020"],
    ["原6", false, "pre-2020"],
    ["", null, "unknown"],
    [null, null, "unknown"],
    ["治疗用生物制品", null, "unknown"],
  ];
  for (const [value, class1, system] of table) {
    it(`reads ${JSON.stringify(value)} as class1=${class1} (${system})`, () => {
      const cls = readRegistrationClass(value);
      assert.equal(cls.class1, class1);
      assert.equal(cls.system, system);
    });
  }
});

describe("isClass1Innovative(受理号, 注册分类)", () => {
  const table: Array<[string | null, string | null, boolean | null]> = [
    ["CXSL2400144", "1", true],
    ["CXHL2601201", "1.1", true],
    ["JXHL2600054", "1", true],
    ["CXHS2300015", "1", true],
    ["CXHL2600877", "2.2", false],
    ["CXHL1500321", "原1.1", false],
    ["CYHS2600368", "1", false],
    ["CXHB2600001", "1", true],
    ["CYHB2004956", "4", false],
    ["CXSL2400144", null, null],
    [null, "1", true],
    ["garbage", "1", true],
  ];
  for (const [number, kind, expected] of table) {
    it(`says ${expected} for ${number} with 注册分类 ${JSON.stringify(kind)}`, () => {
      assert.equal(isClass1Innovative(number, kind), expected);
    });
  }
});
