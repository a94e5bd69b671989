import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { Trie } from "./trie.ts";

const trie = () => {
  const t = new Trie<{ company: string; target: string }>(["company", "target"]);
  t.add("company", "信达生物", "innovent");
  t.add("company", "信达", "innovent-short");
  t.add("company", "Innovent Biologics", "innovent");
  t.add("target", "CD3", "CD3E");
  t.add("target", "CD33", "CD33");
  t.add("target", "IL-2", "IL2");
  t.add("target", "生物", "not-a-target");
  return t;
};
const spans = (hits: Array<{ start: number; end: number; value: unknown }>) => hits.map((h) => [h.start, h.end, h.value]);

describe("Trie", () => {
  it("finds the longest term at each position, leftmost first, case-insensitively on ASCII", () => {
    assert.deepEqual(spans(trie().matchAll("company", "据INNOVENT BIOLOGICS称，信达生物与信达")), [[1, 19, "innovent"], [21, 25, "innovent"], [26, 28, "innovent-short"]]);
  });

  it("does not find a term inside a longer word or code", () => {
    assert.deepEqual(spans(trie().matchAll("target", "CD33 and CD3, not CD3x nor xCD3 nor IL-21")), [[0, 4, "CD33"], [9, 12, "CD3E"]]);
  });

  it("keeps each dictionary's matches apart when scanning them in one pass", () => {
    const found = trie().scan("信达生物的CD3双抗");
    assert.deepEqual(spans(found.company), [[0, 4, "innovent"]]);
    // the target dictionary matches inside a company name: dictionaries do not hide each other
    assert.deepEqual(spans(found.target), [[2, 4, "not-a-target"], [5, 8, "CD3E"]]);
  });

  it("gives the same matches in one pass as one dictionary at a time", () => {
    const t = trie();
    const text = "Innovent Biologics' CD3/IL-2 bispecific; 信达生物CD33";
    const together = t.scan(text);
    assert.deepEqual(together.company, t.matchAll("company", text));
    assert.deepEqual(together.target, t.matchAll("target", text));
  });

  it("tells a word it has as a whole term from one that only contains a term", () => {
    assert.equal(trie().whole("company", "信达生物"), "innovent");
    assert.equal(trie().whole("company", "信达生物公司"), undefined);
  });
});
