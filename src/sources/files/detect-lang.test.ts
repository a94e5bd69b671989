import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { detectLang } from "./detect-lang.ts";

describe("detectLang(text)", () => {
  it("reads Chinese text as zh", () => {
    assert.equal(detectLang("国家药品监督管理局批准了该药物的临床试验申请。"), "zh");
  });

  it("reads English text as en", () => {
    assert.equal(detectLang("The FDA granted Fast Track designation to IBI343 for pancreatic cancer."), "en");
  });

  it("reads Chinese text full of Latin drug codes and target names as zh", () => {
    assert.equal(detectLang("信达生物的PD-1/IL-2α-bias双特异性抗体融合蛋白IBI363被纳入突破性治疗药物程序，用于治疗鳞状非小细胞肺癌（sqNSCLC）。"), "zh");
  });

  it("reads English text quoting a few Chinese names as en", () => {
    assert.equal(detectLang("Jiangsu Hengrui Pharmaceuticals (恒瑞医药) licensed HRS9531 to Kailera Therapeutics for an upfront payment of US$110 million."), "en");
  });

  it("reads text with no letters at all as en", () => {
    assert.equal(detectLang("2025-06-04 12:00 123456"), "en");
  });

  it("looks only at the first 200,000 characters of a very long text", () => {
    assert.equal(detectLang("中".repeat(200_000) + "a".repeat(2_000_000)), "zh");
  });
});
