import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { LANGS } from "../../src/domain/index.ts";
import { buildDigest } from "../../src/reports/digest/build-digest.ts";
import type { DigestModel } from "../../src/reports/digest/digest-model.ts";
import { weekContaining } from "../../src/reports/digest/period.ts";
import { renderDigestHtml } from "../../src/reports/digest/render-html.ts";
import { renderDigestJson } from "../../src/reports/digest/render-json.ts";
import { renderDigestMarkdown } from "../../src/reports/digest/render-markdown.ts";
import { renderDigestXlsx } from "../../src/reports/digest/render-xlsx.ts";
import { fixtureStore } from "./support/fixture-store.ts";
import { assertGolden } from "./support/golden.ts";
import { WEEK_43 } from "./support/week-43.ts";
import { dumpXlsx } from "./support/xlsx-dump.ts";

describe("digest of week 2025-W43, compared with golden files", () => {
  let fixture: Awaited<ReturnType<typeof fixtureStore>>;
  let model: DigestModel;
  before(async () => {
    fixture = await fixtureStore(WEEK_43);
    model = await buildDigest(fixture.store, { period: weekContaining("2025-10-22") });
  });
  after(async () => fixture.close());

  for (const lang of LANGS) {
    it(`renders Markdown in ${lang} with its SVG charts beside it`, () => {
      const md = renderDigestMarkdown(model, lang, { chartBase: `week-43.${lang}` });
      assertGolden(`week-43.${lang}.md`, md.text);
      assert.deepEqual(md.files.map((f) => f.name), [`week-43.${lang}-modality.svg`, `week-43.${lang}-target.svg`, `week-43.${lang}-area.svg`]);
      for (const file of md.files) {
        assert.match(file.content, /^<svg /);
        assertGolden(file.name, file.content);
      }
    });

    it(`renders a standalone HTML page in ${lang}`, () => {
      assertGolden(`week-43.${lang}.html`, renderDigestHtml(model, lang).page);
    });

    it(`renders the JSON twin in ${lang}`, () => {
      assertGolden(`week-43.${lang}.json`, renderDigestJson(model, lang));
    });

    it(`renders an XLSX workbook in ${lang} whose cells read back as typed values`, async () => {
      const sheets = await dumpXlsx(await renderDigestXlsx(model, lang));
      assertGolden(`week-43.${lang}.xlsx.json`, JSON.stringify(sheets, null, 2) + "\n");
      const events = Object.values(sheets)[1]!;
      assert.equal(events.length, model.rows.length + 1);
      assert.equal(events[1]![0], "date:2025-10-20");
    });
  }

  it("renders the same bytes twice (charts included)", () => {
    assert.equal(renderDigestHtml(model, "zh").page, renderDigestHtml(model, "zh").page);
  });
});
