import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { htmlToText } from "./html-to-text.ts";

const ARTICLE_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Innovent's IBI343 receives FDA Fast Track designation | Example Pharma News</title>
  <style>.nav { color: red }</style>
  <script>window.tracking = "do not index me";</script>
</head>
<body>
  <header><a href="/">Example Pharma News</a></header>
  <nav class="nav"><ul><li><a href="/deals">Deals</a></li><li><a href="/approvals">Approvals</a></li><li><a href="/china">China</a></li></ul></nav>
  <main>
    <article>
      <h1>Innovent's IBI343 receives FDA Fast Track designation</h1>
      <p>Innovent Biologics said on Tuesday that the U.S. Food and Drug Administration has granted Fast Track designation to IBI343, its antibody-drug conjugate against Claudin 18.2, for pancreatic ductal adenocarcinoma.</p>
      <p>The company is running a global Phase 1 trial of IBI343 in patients with advanced solid tumours, and said the designation allows more frequent meetings with the agency while the programme is developed.</p>
      <p>Pancreatic cancer remains one of the tumours with the fewest treatment options after first-line chemotherapy, the company added.</p>
    </article>
  </main>
  <aside><h3>Most read</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">Yet another story</a></li></ul></aside>
  <footer>Copyright 2024 Example Pharma News. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body>
</html>`;

describe("htmlToText(html)", () => {
  it("keeps the main content of an article page and its title", () => {
    const page = htmlToText(ARTICLE_PAGE);
    assert.equal(page.title, "Innovent's IBI343 receives FDA Fast Track designation | Example Pharma News");
    assert.match(page.text, /has granted Fast Track designation to IBI343, its antibody-drug conjugate against Claudin 18\.2/);
    assert.match(page.text, /fewest treatment options after first-line chemotherapy/);
  });

  it("drops navigation, side bars, footers, scripts and styles of an article page", () => {
    const { text } = htmlToText(ARTICLE_PAGE);
    for (const noise of ["Deals", "Approvals", "Most read", "Another story", "Copyright 2024", "Privacy", "tracking", "color: red"]) {
      assert.ok(!text.includes(noise), `"${noise}" should not be in:\n${text}`);
    }
  });

  it("puts paragraphs on their own lines", () => {
    const lines = htmlToText(ARTICLE_PAGE).text.split("\n").filter(Boolean);
    assert.ok(lines.some((l) => l.startsWith("Innovent Biologics said on Tuesday")));
    assert.ok(lines.some((l) => l.startsWith("The company is running a global Phase 1 trial")));
  });

  it("keeps the whole body text of a short page that is not an article", () => {
    const page = htmlToText("<html><head><title>通知</title></head><body><div>国家药监局批准</div><div>IBI363临床试验</div></body></html>");
    assert.equal(page.title, "通知");
    assert.deepEqual(page.text.split(/\n+/), ["国家药监局批准", "IBI363临床试验"]);
  });

  it("returns a null title when the page has none", () => {
    assert.equal(htmlToText("<p>仅有一段文字。</p>").title, null);
  });

  it("reads a page without <html>, <head> or <body> tags, as HTML5 allows", () => {
    const page = htmlToText('<!DOCTYPE html><meta charset="utf-8"><title>科伦博泰公告</title><p>SKB264获批临床。</p><p>拟用于治疗晚期实体瘤。</p>');
    assert.equal(page.title, "科伦博泰公告");
    assert.deepEqual(page.text.split(/\n+/), ["SKB264获批临床。", "拟用于治疗晚期实体瘤。"]);
  });

  it("reads a fragment that starts at <body>", () => {
    assert.equal(htmlToText("<body><p>IBI363 received Fast Track designation.</p></body>").text, "IBI363 received Fast Track designation.");
  });

  it("decodes entities and collapses white space", () => {
    assert.equal(htmlToText("<body><p>PD-1 &amp; VEGF&nbsp;&nbsp; bispecific   antibody</p></body>").text, "PD-1 & VEGF bispecific antibody");
  });

  it("returns the text of 20,000 nested <div> elements without crashing, in well under the time Readability would take", () => {
    const depth = 20_000;
    const html = `<html><head><title>Deep</title></head><body>${"<div>".repeat(depth)}深层嵌套的段落 deep text${"</div>".repeat(depth)}</body></html>`;
    const started = performance.now();
    const page = htmlToText(html);
    const elapsed = performance.now() - started;
    assert.equal(page.title, "Deep");
    assert.equal(page.text, "深层嵌套的段落 deep text");
    assert.ok(elapsed < 15_000, `took ${Math.round(elapsed)} ms`);
  });

  it("keeps the text of a page nested a few hundred levels deep, which skips Readability", () => {
    const html = `<body>${"<section>".repeat(300)}<p>第一段。</p><p>Second paragraph.</p>${"</section>".repeat(300)}</body>`;
    assert.deepEqual(htmlToText(html).text.split(/\n+/), ["第一段。", "Second paragraph."]);
  });
  it("writes each table row as one line of cells between bars, with a cell's own blocks as spaces", () => {
    const { text } = htmlToText(`<html><body><article>
      <p>The milestones below are the ones our readers asked about most this month; the list is not complete.</p>
      <table>
        <thead><tr><th>Product</th><th>Sponsor</th><th>Milestone</th></tr></thead>
        <tbody>
          <tr>
            <td>QX-101,<br>a KRAS G12D inhibitor</td>
            <td><p>Qixin Biopharma</p></td>
            <td>Approval: pancreatic cancer</td>
          </tr>
          <tr><td>QX-202</td><td>Qixin Biopharma</td><td>IND cleared</td></tr>
        </tbody>
      </table>
      <p>We will update the table next month with the decisions that the agency publishes before the end of the year.</p>
    </article></body></html>`);
    assert.match(text, /\n\| Product \| Sponsor \| Milestone \|\n\| QX-101, a KRAS G12D inhibitor \| Qixin Biopharma \| Approval: pancreatic cancer \|\n\| QX-202 \| Qixin Biopharma \| IND cleared \|\n/);
  });

  it("drops a footnote's superscript mark but keeps a superscript that runs into the next word ('177Lu')", () => {
    const { text } = htmlToText(`<html><body><article><p>The FDA granted Fast Track designation for gastric cancer after two prior lines.<sup>5</sup> Second, the regulator cleared the trial of <sup>177</sup>Lu-QX-303 in June<a href="#fn6"><sup>[6]</sup></a>, the company said in a statement on its website.</p></article></body></html>`);
    assert.match(text, /after two prior lines\. Second/);
    assert.match(text, /trial of 177Lu-QX-303 in June, the company/);
  });
});
