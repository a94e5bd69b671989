/**
 * Dictionary matching: several dictionaries (companies, drugs, targets) in one character trie, scanned in
 * one pass, linear in the text for bounded term length. Each dictionary keeps its own matches: non-overlapping,
 * leftmost first, longest at each position. Terms are matched case-insensitively on ASCII; a match of a term
 * that starts or ends with an ASCII letter or digit must not touch another ASCII letter or digit (so "CD3" is
 * not found inside "CD33", nor "IL-2" inside "IL-21").
 */
export type TrieMatch<T> = { start: number; end: number; value: T };

type Node = { next: Map<number, Node>; values: unknown[] | null };
type Matches<D> = { [K in keyof D]: Array<TrieMatch<D[K]>> };

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

export class Trie<D extends Record<string, unknown>> {
  private readonly root: Node = { next: new Map(), values: null };
  /** For each first character (folded UTF-16 unit), a bit per dictionary with a term starting with it. */
  private readonly starts = new Uint8Array(65536);
  /** The root's children indexed by (folded) first character: the first step of every walk without a hash lookup. */
  private readonly firstStep: Array<Node | undefined> = new Array<Node | undefined>(65536).fill(undefined);
  private readonly index = new Map<keyof D, number>();

  constructor(private readonly dictionaries: ReadonlyArray<keyof D>) {
    if (dictionaries.length > 8) throw new Error("Trie: at most 8 dictionaries");
    dictionaries.forEach((d, i) => this.index.set(d, i));
  }

  /** Adds a term to a dictionary; a later add of the same term to the same dictionary keeps the first value. */
  add<K extends keyof D>(dictionary: K, term: string, value: D[K]): void {
    if (!term) return;
    const k = this.index.get(dictionary)!;
    let node = this.root;
    this.starts[fold(term.charCodeAt(0))]! |= 1 << k;
    for (let i = 0; i < term.length; i++) {
      const c = fold(term.charCodeAt(i));
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(c, child);
        if (node === this.root) this.firstStep[c] = child;
      }
      node = child;
    }
    node.values ??= [];
    if (node.values[k] === undefined) node.values[k] = value;
  }

  /** The matches of every dictionary in text[from, to), in one pass. */
  scan(text: string, from = 0, to = text.length): Matches<D> {
    const found = this.run(text, from, to, (1 << this.dictionaries.length) - 1);
    return Object.fromEntries(this.dictionaries.map((d, i) => [d, found[i]!])) as Matches<D>;
  }

  /** The matches of one dictionary in text[from, to). */
  matchAll<K extends keyof D>(dictionary: K, text: string, from = 0, to = text.length): Array<TrieMatch<D[K]>> {
    const k = this.index.get(dictionary)!;
    return this.run(text, from, to, 1 << k)[k] as Array<TrieMatch<D[K]>>;
  }

  /** The value of a word the dictionary has as a whole term ("AstraZeneca" for companies), else undefined. */
  whole<K extends keyof D>(dictionary: K, word: string): D[K] | undefined {
    let node: Node | undefined = this.root;
    for (let i = 0; i < word.length && node; i++) node = node.next.get(fold(word.charCodeAt(i)));
    return node?.values?.[this.index.get(dictionary)!] as D[K] | undefined;
  }

  private run(text: string, from: number, to: number, mask: number): Array<Array<TrieMatch<unknown>>> {
    const k = this.dictionaries.length;
    const out: Array<Array<TrieMatch<unknown>>> = Array.from({ length: k }, () => []);
    // where each dictionary may match next: after its last match
    const allowedFrom = new Array<number>(k).fill(from);
    const bestEnd = new Array<number>(k).fill(-1);
    const bestValue = new Array<unknown>(k);
    const starts = this.starts;
    const length = text.length;
    let previous = from > 0 ? text.charCodeAt(from - 1) : 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const startsHere = starts[fold(c)]! & mask;
      // a term starting with a letter or digit cannot start inside a word
      const insideWord = isWordChar(c) && isWordChar(previous);
      previous = c;
      if (startsHere === 0 || insideWord) continue;
      let live = 0;
      for (let d = 0; d < k; d++) if ((startsHere >> d) & 1 && allowedFrom[d]! <= i) live |= 1 << d;
      if (live === 0) continue;
      let node = this.firstStep[fold(c)];
      for (let end = i + 1; node !== undefined; node = end < to ? node.next.get(fold(text.charCodeAt(end++))) : undefined) {
        const values = node.values;
        if (values === null) continue;
        if (isWordChar(text.charCodeAt(end - 1)) && end < length && isWordChar(text.charCodeAt(end))) continue;
        for (let d = 0; d < k; d++) {
          if ((live >> d) & 1 && values[d] !== undefined) {
            bestEnd[d] = end;
            bestValue[d] = values[d];
          }
        }
      }
      for (let d = 0; d < k; d++) {
        if (bestEnd[d]! < 0) continue;
        out[d]!.push({ start: i, end: bestEnd[d]!, value: bestValue[d] });
        allowedFrom[d] = bestEnd[d]!;
        bestEnd[d] = -1;
      }
    }
    return out;
  }
}
