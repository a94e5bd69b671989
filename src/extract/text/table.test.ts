import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { isRuleRow, isTableRow, tableCells } from "./table.ts";
import { prepareText } from "./prepare.ts";

describe("tables pasted as text", () => {
  it("takes a line with bars at its ends, or with two bars inside, for a row", () => {
    assert.equal(isTableRow("| CXHL2600412 | X片 | 2026-04-07 |"), true);
    assert.equal(isTableRow("CXHL2600412|X片|江苏某药业有限公司|2026-04-07"), true);
    assert.equal(isTableRow("A | B"), false);
    assert.equal(isTableRow("公司公告称获批临床。"), false);
    assert.equal(isRuleRow("|---|:--:|"), true);
  });

  it("gives the cells of a row trimmed, with their offsets in the line, with or without outer bars", () => {
    assert.deepEqual(tableCells("| 受理号 | 药品名称 |").map((c) => c.text), ["受理号", "药品名称"]);
    const line = "CXHL2600412| X片 |江苏某药业有限公司";
    const cells = tableCells(line);
    assert.deepEqual(cells.map((c) => c.text), ["CXHL2600412", "X片", "江苏某药业有限公司"]);
    assert.equal(line.slice(cells[1]!.start, cells[1]!.end), "X片");
  });

  it("keeps the rows of a table on lines of their own when the text is prepared (a long row is not a wrapped line)", () => {
    const text = "受理号｜药品名称｜申请企业｜承办日期\nCXHL2600412｜ABC-1234片｜江苏某某医药股份有限公司｜2026-04-07\nCXSL2600231｜注射用QX-A117｜杭州某某生物医药有限公司｜2026-04-08";
    assert.equal(prepareText(text).work.split("\n").length, 3);
  });
});
