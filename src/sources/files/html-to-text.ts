import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export type HtmlText = { title: string | null; text: string; charset: string | null };

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER", "FORM",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "HEAD", "TITLE"]);
/**
 * Readability's cost grows steeply with nesting depth (about 0.5 s at depth 300, minutes at depth 5,000);
 * article pages stay far below this, so deeper pages skip it and keep their whole body text.
 */
const MAX_READABILITY_DEPTH = 100;

/** The charset a page declares in `<meta charset>` or `http-equiv`, read from its first bytes as ASCII. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1] ?? null;
}

/**
 * Turns an HTML page into plain text: the main content when Readability finds an article (navigation,
 * footers and ads dropped), otherwise the whole body; block elements become line breaks. Never throws.
 */
export function htmlToText(html: string): HtmlText {
  let document: Document;
  try {
    // linkedom loses everything after the first element of a page without <html> (`<meta charset><title>…<p>…`,
    // as HTML5 allows); inside an <html> wrapper it keeps it all, though not always under <body>.
    const source = /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`;
    ({ document } = parseHTML(source) as unknown as { document: Document });
  } catch {
    return { title: null, text: stripTags(html), charset: null };
  }
  const title = document.querySelector("title")?.textContent?.trim() || null;
  let text = "";
  if (!nestingExceeds(document.documentElement, MAX_READABILITY_DEPTH)) {
    try {
      const clone = document.cloneNode(true) as Document;
      const article = new Readability(clone, { charThreshold: 200 }).parse();
      if (article?.content) {
        const { document: articleDoc } = parseHTML(`<html><body>${article.content}</body></html>`) as unknown as { document: Document };
        text = blockText(articleDoc.body);
      }
    } catch {
      text = "";
    }
  }
  if (text.trim().length < 200) {
    const root = document.documentElement ?? document.body;
    const whole = root ? blockText(root) : stripTags(html);
    if (whole.trim().length > text.trim().length) text = whole;
  }
  return { title, text: tidy(text), charset: null };
}

/**
 * Text of a node with line breaks around block elements, walked without recursion so deep nesting is safe. A table
 * row becomes one line of cells between bars ("| SHR-A1811 | Hengrui | Approval | 26 Sep 2025 |"), the form the
 * extractor reads tables in; inside a cell, blocks are spaces. A footnote's mark ("…chemotherapy.<sup>5</sup> Second")
 * is dropped; a superscript that runs into the next word ("<sup>177</sup>Lu") is kept.
 */
function blockText(root: Node): string {
  const parts: string[] = [];
  const stack: Array<Node | Marker> = [root];
  let rowDepth = 0;
  let cellDepth = 0;
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === "object" && "marker" in node) {
      if (node.marker === "cell-end") cellDepth--;
      if (node.marker === "row-end") rowDepth--;
      parts.push(node.text);
      continue;
    }
    if (node.nodeType === 3) {
      // (the layout whitespace between a row's cells is no text; a cell's own line breaks are spaces)
      if (cellDepth > 0) parts.push((node.nodeValue ?? "").replace(/\s+/g, " "));
      else if (rowDepth === 0) parts.push(node.nodeValue ?? "");
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag) || (tag === "SUP" && isFootnoteMark(node as Element))) continue;
    if (tag === "TR" && cellDepth === 0) {
      rowDepth++;
      parts.push("\n|");
      stack.push({ marker: "row-end", text: "\n" });
    } else if ((tag === "TD" || tag === "TH") && cellDepth === 0) {
      cellDepth++;
      parts.push(" ");
      stack.push({ marker: "cell-end", text: " |" });
    } else if (BLOCK.has(tag)) {
      const gap = cellDepth > 0 ? " " : "\n";
      parts.push(gap);
      stack.push({ marker: "text", text: gap });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  // (a table's rows on consecutive lines, whatever the layout between them)
  return parts.join("").replace(/ \|\n\s*\n\|/g, " |\n|");
}
type Marker = { marker: "text" | "cell-end" | "row-end"; text: string };

/** A superscript of one to three digits (in brackets or not) that no letter follows: a footnote's mark. */
function isFootnoteMark(sup: Element): boolean {
  if (!/^\s*\[?\d{1,3}\]?\s*$/.test(sup.textContent ?? "")) return false;
  // (the mark may be a link's only content: <a href="#fn5"><sup>5</sup></a>)
  const holder = sup.parentElement?.tagName.toUpperCase() === "A" && sup.parentElement.childNodes.length === 1 ? sup.parentElement : sup;
  let next = holder.nextSibling;
  while (next && next.nodeType === 3 && next.nodeValue === "") next = next.nextSibling;
  const after = next ? (next.textContent ?? "") : "";
  return !/^[\p{L}\p{N}]/u.test(after);
}

/** True when some element lies deeper than `limit` below `root` (walked without recursion). */
function nestingExceeds(root: Node | null, limit: number): boolean {
  if (!root) return false;
  const stack: Array<[Node, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i]!.nodeType === 1) stack.push([children[i]!, depth + 1]);
  }
  return false;
}

/** A linear fallback when the page cannot be parsed at all. */
function stripTags(html: string): string {
  return tidy(
    html
      .replace(/<(script|style)[^>]*>[^<]*<\/\1>/gi, " ")
      .replace(/<[^>]{0,2000}>/g, "\n")
      .replace(/&nbsp;/g, " ")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&"),
  );
}

function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, " ")
    .replace(/[ \t\f\v]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
