import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES } from "../../../test/support/paths.ts";
import { decodeText } from "./decode.ts";
import { declaredCharset } from "./html-to-text.ts";

const ENCODINGS = join(FIXTURES, "encodings");
const fixture = (name: string): Buffer => readFileSync(join(ENCODINGS, name));

const SENTENCE = "国家药监局批准了信达生物IBI363的临床试验申请。";
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Array<ArrayLike<number>>): Uint8Array => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

/** UTF-16 code units with a BOM, written byte by byte in the given order. */
function utf16(text: string, order: "le" | "be"): Uint8Array {
  const bytes = [order === "le" ? 0xff : 0xfe, order === "le" ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (order === "le") bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(bytes);
}

function decoded(bytes: Uint8Array, declared: string | null = null): { text: string; encoding: string } {
  const result = decodeText(bytes, declared);
  assert.ok(result.ok, `expected a decode, got: ${result.ok ? "" : result.error}`);
  return result.value;
}

function refused(bytes: Uint8Array, declared: string | null = null): string {
  const result = decodeText(bytes, declared);
  assert.ok(!result.ok, "expected a refusal");
  return result.error;
}

describe("decodeText(bytes, declared)", () => {
  it("decodes UTF-8 Chinese and English text", () => {
    assert.deepEqual(decoded(utf8(`${SENTENCE} Innovent said so.`)), { text: `${SENTENCE} Innovent said so.`, encoding: "utf-8" });
  });

  it("drops a UTF-8 byte-order mark", () => {
    assert.deepEqual(decoded(concat([0xef, 0xbb, 0xbf], utf8(SENTENCE))), { text: SENTENCE, encoding: "utf-8" });
  });

  it("decodes UTF-16LE with a byte-order mark", () => {
    assert.deepEqual(decoded(utf16(SENTENCE, "le")), { text: SENTENCE, encoding: "utf-16le" });
  });

  it("decodes UTF-16BE with a byte-order mark", () => {
    assert.deepEqual(decoded(utf16(SENTENCE, "be")), { text: SENTENCE, encoding: "utf-16be" });
  });

  it("recognises GBK text without any declaration", () => {
    const { text, encoding } = decoded(fixture("gbk-news.txt"));
    assert.equal(encoding, "gb18030");
    assert.match(text, /^恒瑞医药HRS-5965拟纳入突破性治疗药物程序\n/);
    assert.match(text, /口服补体因子B抑制剂HRS-5965拟被纳入突破性治疗药物程序，用于治疗阵发性睡眠性血红蛋白尿症。/);
  });

  it("decodes a GB18030 page that declares <meta charset=\"gb2312\">, four-byte characters included", () => {
    const bytes = fixture("gb2312-page.html");
    const charset = declaredCharset(bytes);
    assert.equal(charset, "gb2312");
    const { text, encoding } = decoded(bytes, charset);
    assert.equal(encoding, "gb18030");
    assert.match(text, /<title>百利天恒与百时美施贵宝就BL-B01D1达成全球合作<\/title>/);
    assert.match(text, /EGFR×HER3双特异性抗体偶联药物/);
    assert.match(text, /𠮷字用于检验四字节编码/);
    assert.match(text, /版权所有 ©/);
  });

  it("reads the charset of a page that declares it with http-equiv", () => {
    const bytes = fixture("gbk-page.html");
    assert.equal(declaredCharset(bytes), "gbk");
    assert.match(decoded(bytes, "gbk").text, /依沃西单抗注射液（AK112）获得国家药品监督管理局批准上市/);
  });

  it("keeps valid UTF-8 as UTF-8 even when the page still declares gb2312", () => {
    const page = `<html><head><meta charset="gb2312"><title>转存的网页</title></head><body><p>${SENTENCE}</p></body></html>`;
    assert.deepEqual(decoded(utf8(page), "gb2312"), { text: page, encoding: "utf-8" });
  });

  it("refuses invalid UTF-8 that is not GBK either, saying so", () => {
    const bytes = concat(utf8("Innovent said "), [0xc3, 0x28], utf8(" and then "), [0xff, 0x41]);
    assert.match(refused(bytes), /^invalid UTF-8/);
  });

  it("refuses a UTF-8 byte-order mark followed by invalid bytes", () => {
    assert.match(refused(concat([0xef, 0xbb, 0xbf], utf8("ok "), [0xc3, 0x28])), /^invalid UTF-8/);
  });

  it("refuses binary data", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    assert.match(refused(png), /binary file/);
  });

  it("refuses text with many control characters as binary", () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x41));
    assert.match(refused(bytes), /binary file/);
  });

  it("refuses an empty file", () => {
    assert.equal(refused(new Uint8Array(0)), "empty file");
  });

  it("refuses a file holding only whitespace as empty, not as invalid", () => {
    assert.match(refused(utf8("  \n\t\r\n  ")), /^empty file/);
    assert.match(refused(concat([0xef, 0xbb, 0xbf], utf8("\n"))), /^empty file/);
  });
});
