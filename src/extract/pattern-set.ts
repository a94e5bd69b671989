import { requiredLiterals } from "./text/required-literals.ts";

/** A match of pattern `pattern` (whose value is `value`) at text[index, end). */
export type PatternHit<V> = { pattern: number; value: V; index: number; end: number };

/**
 * Regular expressions scanned as their union `(p0)|(p1)|…` would be, without trying every alternative at every
 * position: the words each pattern cannot match without (requiredLiterals) are looked for first, in one pass, and
 * only the patterns whose words occur are run. Results are the union's: at each position, the first pattern in
 * list order that matches there. Patterns must not match the empty string. Each pattern carries a value (the
 * trigger rule, agency or modality it tells).
 */
export class PatternSet<V> {
  readonly size: number;
  private readonly values: V[];
  private readonly res: RegExp[];
  /** Patterns with no word to look for: always run. */
  private readonly always: number[] = [];
  /** Every required word, longest first, so a hit is the longest word starting at its position. */
  private readonly words: RegExp | null;
  /** For each word (lower-cased), the patterns that need it or one of its prefixes: all the words found where it is. */
  private readonly patternsOf = new Map<string, number[]>();
  /** Which patterns the current call of candidates() has already listed: those marked with its stamp. */
  private readonly listed: Uint32Array;
  private stamp = 0;

  constructor(patterns: ReadonlyArray<{ source: string; value: V }>, flags: string) {
    const sources = patterns.map((p) => p.source);
    this.values = patterns.map((p) => p.value);
    this.size = sources.length;
    this.listed = new Uint32Array(sources.length);
    this.res = sources.map((s) => new RegExp(s, flags.includes("g") ? flags : `${flags}g`));
    const needs = new Map<string, number[]>();
    sources.forEach((source, i) => {
      const required = requiredLiterals(source);
      if (!required) this.always.push(i);
      else for (const w of required) needs.set(w, [...(needs.get(w) ?? []), i]);
    });
    const words = [...needs.keys()].sort((a, b) => b.length - a.length);
    for (const w of words) this.patternsOf.set(w, [...new Set(words.filter((v) => w.startsWith(v)).flatMap((v) => needs.get(v)!))]);
    // one regex of plain words is a fast scan for V8 (a literal alternation), unlike the patterns themselves
    this.words = words.length ? new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi") : null;
  }

  /** The patterns that may match in text, in list order. */
  candidates(text: string): number[] {
    if (this.stamp === 0xffffffff) this.listed.fill((this.stamp = 0));
    const stamp = ++this.stamp;
    const listed = this.listed;
    const out = this.always.slice();
    for (const i of out) listed[i] = stamp;
    const words = this.words;
    if (words === null) return out;
    words.lastIndex = 0;
    for (let m = words.exec(text); m; m = words.exec(text)) {
      // a word the map does not know (folded differently by the regex engine) cannot be narrowed: run everything
      const patterns = this.patternsOf.get(m[0].toLowerCase()) ?? this.res.map((_, i) => i);
      for (const p of patterns) {
        if (listed[p] === stamp) continue;
        listed[p] = stamp;
        out.push(p);
      }
      words.lastIndex = m.index + 1;
    }
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }

  /** Whether any pattern matches somewhere in text. */
  test(text: string): boolean {
    return this.first(text) !== undefined;
  }

  /** The value of the first pattern in list order that matches somewhere in text. */
  first(text: string): V | undefined {
    for (const p of this.candidates(text)) {
      const re = this.res[p]!;
      re.lastIndex = 0;
      if (re.test(text)) return this.values[p];
    }
    return undefined;
  }

  /** Every position where a pattern matches, overlapping, ascending: what restarting the union one character after each hit finds. */
  everyHit(text: string): Array<PatternHit<V>> {
    const at = new Map<number, PatternHit<V>>();
    for (const p of this.candidates(text)) {
      const re = this.res[p]!;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (!at.has(m.index)) at.set(m.index, { pattern: p, value: this.values[p]!, index: m.index, end: m.index + m[0].length });
        re.lastIndex = m.index + 1;
      }
    }
    return [...at.values()].sort((a, b) => a.index - b.index);
  }

  /** Leftmost, non-overlapping hits: what a global scan with the union finds. */
  scan(text: string): Array<PatternHit<V>> {
    const out: Array<PatternHit<V>> = [];
    let from = 0;
    for (const hit of this.everyHit(text)) {
      if (hit.index < from) continue;
      out.push(hit);
      from = hit.end;
    }
    return out;
  }
}
