import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileLexicons } from "./lexicon/compile.ts";
import { loadLexicons } from "./lexicon/load-lexicons.ts";
import { PatternSet } from "./pattern-set.ts";
import { requiredLiterals } from "./text/required-literals.ts";

/** What one global regex joining the patterns as groups finds, restarting one character after each hit or after it. */
function unionHits(sources: string[], text: string, overlapping: boolean) {
  const union = new RegExp(sources.map((s) => `(${s})`).join("|"), "gi");
  const out: Array<{ pattern: number; value: number; index: number; end: number }> = [];
  for (let m = union.exec(text); m; m = union.exec(text)) {
    const pattern = m.slice(1).findIndex((g) => g !== undefined);
    out.push({ pattern, value: pattern, index: m.index, end: m.index + m[0].length });
    if (overlapping) union.lastIndex = m.index + 1;
  }
  return out;
}

describe("requiredLiterals", () => {
  it("reads the literal words a pattern cannot match without, lower-cased", () => {
    assert.deepEqual(requiredLiterals("拟(?:被)?纳入.{0,12}突破性治疗"), ["突破性治疗"]);
    assert.deepEqual(requiredLiterals("\\bBTDs?\\b"), ["btd"]);
    assert.deepEqual(requiredLiterals("fast[- ]?track"), ["track"]);
    assert.deepEqual(requiredLiterals("U\\.S\\. regulators?"), ["u.s. regulator"]);
  });

  it("takes a group that must match as one alternative, and skips optional groups and lookarounds", () => {
    assert.deepEqual(requiredLiterals("(?:临床试验|IND)申请[^，。]{0,20}?受理(?!号)"), ["临床试验", "ind"]);
    assert.deepEqual(requiredLiterals("\\bIND\\)? (?:clearance|approval)"), ["clearance", "approval"]);
    assert.deepEqual(requiredLiterals("China\\b(?<=regulators? in China)"), ["china"]);
    assert.deepEqual(requiredLiterals("(?:full )?approval"), ["approval"]);
  });

  it("gives the words of every branch, or none when a branch has none", () => {
    assert.deepEqual(requiredLiterals("approv(?:al|ed) (?:for )?listing|listing approval"), ["listing", "listing approval"]);
    assert.equal(requiredLiterals("\\d+|BTD"), null);
    assert.deepEqual(requiredLiterals("[A-Z]{2,}-\\d+"), ["-"]);
    assert.equal(requiredLiterals(".{0,3}"), null);
  });

  it("finds words for every trigger and agency pattern of the lexicons", () => {
    const lex = loadLexicons();
    const patterns = [...lex.triggers.triggers.flatMap((t) => t.patterns), ...lex.cues.agencies.flatMap((a) => a.patterns)];
    assert.deepEqual(patterns.filter((p) => requiredLiterals(p) === null), []);
  });
});

describe("PatternSet", () => {
  const sources = ["批准.{0,10}上市", "获批上市", "approv\\w* for", "\\bFDA\\b", "FDA approv", "上市"];
  const set = new PatternSet(
    sources.map((source, value) => ({ source, value })),
    "gi",
  );
  const texts = ["国家药监局批准X获批上市，FDA approved it for NSCLC", "the fda approval for Y", "上市上市", "no trigger here", ""];

  it("finds at each position the first pattern that matches there, as the union would, overlapping", () => {
    for (const text of texts) assert.deepEqual(set.everyHit(text), unionHits(sources, text, true), text);
  });

  it("finds leftmost non-overlapping hits, as a global scan with the union would", () => {
    for (const text of texts) assert.deepEqual(set.scan(text), unionHits(sources, text, false), text);
  });

  it("runs only the patterns whose words occur in the text", () => {
    assert.deepEqual(set.candidates("获批上市"), [1, 5]);
    assert.deepEqual(set.candidates("批准其上市"), [0, 5]);
    assert.deepEqual(set.candidates("the FDA"), [3]);
    assert.deepEqual(set.candidates("the FDA approved"), [2, 3, 4]);
    assert.deepEqual(set.candidates("nothing"), []);
    assert.equal(set.test("nothing"), false);
    assert.equal(set.test("FDA"), true);
    assert.equal(set.first("FDA approval for listing"), 2);
  });

  it("finds exactly what the union of the trigger lexicon finds, over our own demo articles", () => {
    const m = compileLexicons(loadLexicons());
    const sources = loadLexicons().triggers.triggers.flatMap((t) => t.patterns);
    const demo = join(dirname(fileURLToPath(import.meta.url)), "../../demo/corpus");
    const lines = readdirSync(demo)
      .filter((f) => /\.(txt|md)$/.test(f))
      .flatMap((f) => readFileSync(join(demo, f), "utf8").split("\n"));
    assert.ok(lines.length > 100);
    const indexOf = (hits: Array<{ pattern: number; index: number; end: number }>) => hits.map((h) => [h.pattern, h.index, h.end]);
    for (const line of lines) assert.deepEqual(indexOf(m.triggerScan.everyHit(line)), indexOf(unionHits(sources, line, true)), line);
  });
});
