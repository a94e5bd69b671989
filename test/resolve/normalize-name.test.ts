import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { isCode, nameKey, stripDosageForm } from "../../src/resolve/normalize-name.ts";

describe("drug name normalisation for resolution", () => {
  it("takes a code's cell-product wording off, so QX31细胞注射液 and QX31 share a key", () => {
    assert.equal(stripDosageForm("QX31细胞注射液"), "QX31");
    assert.equal(stripDosageForm("AB_CD07细胞注射液"), "AB_CD07");
    assert.equal(nameKey("AB_CD07细胞注射液"), nameKey("AB-CD07"));
  });

  it("keeps 细胞 in a descriptive cell product, so two such products stay apart from their wrappers only", () => {
    assert.equal(stripDosageForm("人胎盘间充质干细胞注射液"), "人胎盘间充质干细胞");
    assert.notEqual(nameKey("人胎盘间充质干细胞注射液"), nameKey("人胎盘间充质干"));
  });

  it("recognises codes with a letter group after the separator (AB_CD07, SHR-A1811) and not plain words", () => {
    assert.ok(isCode("AB_CD07"));
    assert.ok(isCode("SHR-A1811"));
    assert.ok(isCode("IBI363"));
    assert.ok(!isCode("ivonescimab"));
    assert.ok(!isCode("依沃西单抗"));
  });
});
