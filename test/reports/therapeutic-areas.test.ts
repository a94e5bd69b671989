import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadAreaClassifier, parseTherapeuticAreas } from "../../src/reports/digest/therapeutic-areas.ts";

const EXAMPLES: Array<[string | null, string]> = [
  ["联合PD-1单抗±化疗治疗局部晚期或转移性非小细胞肺癌", "oncology"],
  ["晚期惡性腫瘤", "oncology"],
  ["first-line advanced or metastatic non-squamous NSCLC, in combination with tagitanlimab", "oncology"],
  ["Mantle cell lymphoma", "oncology"],
  ["骨髓纖維化", "oncology"],
  ["hemophilia B", "hematology"],
  ["肌萎縮側索硬化(ALS)", "neurology"],
  ["重症肌无力", "neurology"],
  ["系统性硬化症", "immunology"],
  ["强直性脊柱炎", "immunology"],
  ["hereditary angioedema (HAE)", "immunology"],
  ["原发性IgA肾病", "nephrology"],
  ["高脂血症", "cardiometabolic"],
  ["hypertension", "cardiometabolic"],
  ["特发性肺纤维化", "respiratory"],
  ["pruritus (rare disease) in patients at least two months old", "dermatology"],
  ["无生育需求的早发性卵巢功能不全", "womens_health"],
  ["also useful for something", "unclassified"],
  [null, "not_stated"],
  ["  ", "not_stated"],
];

describe("therapeutic-area dictionary", () => {
  it("loads and validates dictionaries/therapeutic-areas.yaml", () => {
    const areas = loadAreaClassifier();
    assert.ok(areas.areas.length >= 10);
    assert.equal(areas.label("oncology", "zh"), "肿瘤");
    assert.equal(areas.label("unclassified", "en"), "unclassified");
  });

  for (const [indication, area] of EXAMPLES) {
    it(`classifies ${JSON.stringify(indication)} as ${area}`, () => {
      assert.equal(loadAreaClassifier().classify(indication), area);
    });
  }

  it("rejects a dictionary with a duplicate id or a missing field, saying where", () => {
    const dup = parseTherapeuticAreas("version: 1\nareas:\n  - {id: a, en: A, zh: 甲, keywords: [x]}\n  - {id: a, en: B, zh: 乙, keywords: [y]}\n");
    assert.equal(dup.ok, false);
    const missing = parseTherapeuticAreas("version: 1\nareas:\n  - {id: a, en: A, keywords: [x]}\n");
    assert.ok(!missing.ok && /zh/.test(missing.error));
    assert.equal(parseTherapeuticAreas("version: [").ok, false);
  });
});
