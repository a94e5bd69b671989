import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "./sentences.ts";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences(text)", () => {
  it("ends Chinese sentences at 。！？； and keeps a closing quote with its sentence", () => {
    assert.deepEqual(texts("信达生物宣布获批。公司称“意义重大。”后续将推进！"), ["信达生物宣布获批。", "公司称“意义重大。”", "后续将推进！"]);
  });

  it("keeps a run of end marks with its sentence, so the next sentence starts at its first word", () => {
    assert.deepEqual(texts("X-016拟纳入BTD！！适应症是黑色素瘤。真的吗？！是的。"), ["X-016拟纳入BTD！！", "适应症是黑色素瘤。", "真的吗？！", "是的。"]);
  });

  it("ends an English sentence at a period before a capital, also after a year or a count", () => {
    assert.deepEqual(texts("It was approved in China in 2024. Summit and Akeso agreed on a deal."), ["It was approved in China in 2024.", "Summit and Akeso agreed on a deal."]);
    assert.deepEqual(texts("The trial enrolled 120. Data are expected soon."), ["The trial enrolled 120.", "Data are expected soon."]);
  });

  it("does not end a sentence at a semicolon inside brackets", () => {
    assert.deepEqual(texts("The NMPA has approved X (CM310; brand name: Y), for adults; the drug is new."), ["The NMPA has approved X (CM310; brand name: Y), for adults;", "the drug is new."]);
    assert.deepEqual(texts("利沙托克拉片（研发代号：APG-2575；商品名：利生妥）获批；另一款在研。"), ["利沙托克拉片（研发代号：APG-2575；商品名：利生妥）获批；", "另一款在研。"]);
  });

  it("does not end a sentence after an abbreviation or a list number", () => {
    assert.deepEqual(texts("Jiangsu Hengrui Pharmaceuticals Co. Ltd. announced on Oct. 28 that it filed."), ["Jiangsu Hengrui Pharmaceuticals Co. Ltd. announced on Oct. 28 that it filed."]);
    assert.deepEqual(texts("1. IBI363 received BTD.\n2. AK112 was approved."), ["1. IBI363 received BTD.", "2. AK112 was approved."]);
  });

  it("ends a sentence after a legal name's Ltd. or Inc. when the next word opens a sentence", () => {
    assert.deepEqual(texts("It was made by Northwind Pharmaceutical Co., Ltd. In March, the NMPA cleared it."), ["It was made by Northwind Pharmaceutical Co., Ltd.", "In March, the NMPA cleared it."]);
    assert.deepEqual(texts("Northwind Co., Ltd. Chairman Wang said so."), ["Northwind Co., Ltd. Chairman Wang said so."]);
  });

  it("cuts a run-on line longer than any real sentence at clause breaks", () => {
    const parts = splitSentences("word, ".repeat(1000), 1000);
    assert.ok(parts.length > 1 && parts.every((s) => s.text.length <= 1000));
  });
});
