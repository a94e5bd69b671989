import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { buildDigest } from "../../src/reports/digest/build-digest.ts";
import { weekContaining } from "../../src/reports/digest/period.ts";
import { renderDigestHtml } from "../../src/reports/digest/render-html.ts";
import { renderDigestMarkdown } from "../../src/reports/digest/render-markdown.ts";
import { escapeHtml, safeHref } from "../../src/reports/escape.ts";
import { event, fixtureStore } from "./support/fixture-store.ts";
import { WEEK_43 } from "./support/week-43.ts";

describe("digest output is safe with hostile document text", () => {
  let fixture: Awaited<ReturnType<typeof fixtureStore>>;
  before(async () => {
    fixture = await fixtureStore([
      ...WEEK_43,
      {
        name: "hostile",
        title: "\"><script>alert('title')</script>",
        url: "javascript:alert(1)",
        published: "2025-10-23",
        events: [
          {
            event: event({ asset: "<b>X-1</b>", company: "<i>Evil & Co</i>", type: "ind_approved", date: "2025-10-23", targets: ["<svg onload=alert(1)>"], indication: "</td><script>x()</script>" }),
            sentence: "<script>steal()</script> X-1 获批临床",
          },
        ],
      },
    ]);
  });
  after(async () => fixture.close());

  it("escapes every document-derived string in HTML and links only http(s) URLs", async () => {
    const model = await buildDigest(fixture.store, { period: weekContaining("2025-10-22") });
    for (const lang of ["en", "zh"] as const) {
      const { page, fragment } = renderDigestHtml(model, lang);
      assert.ok(page.includes(fragment));
      // the only <script> is the sort script of the page
      assert.equal(page.match(/<script/g)?.length, 1);
      assert.ok(!/<(b|i|svg onload)[ >]/.test(page.replace(/<svg width/g, "")), "no markup from documents");
      assert.ok(!page.includes("javascript:"));
      assert.ok(page.includes("&lt;script&gt;steal()&lt;/script&gt;") || page.includes("&lt;script&gt;alert"));
    }
  });

  it("escapes Markdown syntax and table pipes from documents", async () => {
    const model = await buildDigest(fixture.store, { period: weekContaining("2025-10-22") });
    const md = renderDigestMarkdown(model, "en", { chartBase: "x" }).text;
    assert.ok(md.includes("\\<b\\>X-1\\</b\\>"));
    assert.ok(!md.includes("](javascript:"));
    for (const line of md.split("\n").filter((l) => l.startsWith("| 2025-"))) assert.equal(line.split(/(?<!\\)\|/).length, 12);
  });

  it("escapes quotes for attributes and rejects non-web links", () => {
    assert.equal(escapeHtml(`"'<>&`), "&quot;&#39;&lt;&gt;&amp;");
    assert.equal(safeHref("javascript:alert(1)"), null);
    assert.equal(safeHref("/etc/passwd"), null);
    assert.equal(safeHref("https://x.example/a?b=<c>"), null);
    assert.equal(safeHref("https://x.example/a?b=1&c=2"), "https://x.example/a?b=1&c=2");
  });
});
