/**
 * A dictionary matcher: a character trie scanned leftmost-longest in one pass, linear in the text for
 * bounded term length. Terms are matched case-insensitively on ASCII; a match of a term that starts or
 * ends with an ASCII letter or digit must not touch another ASCII letter or digit (so "CD3" is not found
 * inside "CD33", nor "IL-2" inside "IL-21").
 */
export type TrieMatch<T> = { start: number; end: number; value: T };

type Node<T> = { next: Map<number, Node<T>>; value?: T };

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

export class Trie<T> {
  private readonly root: Node<T> = { next: new Map() };
  private maxLength = 0;
  /** First characters of the terms (folded UTF-16 units): a position starting with another character is skipped at once. */
  private readonly starts = new Uint8Array(65536);

  /** Adds a term; a later add of the same term keeps the first value. */
  add(term: string, value: T): void {
    if (!term) return;
    let node = this.root;
    this.starts[fold(term.charCodeAt(0))] = 1;
    for (let i = 0; i < term.length; i++) {
      const c = fold(term.charCodeAt(i));
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
    this.maxLength = Math.max(this.maxLength, term.length);
  }

  /** All non-overlapping matches, leftmost first, longest at each position. */
  matchAll(text: string, from = 0, to = text.length): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    let i = from;
    const starts = this.starts;
    while (i < to) {
      if (starts[fold(text.charCodeAt(i))] === 0) {
        i++;
        continue;
      }
      let node: Node<T> | undefined = this.root;
      let best: TrieMatch<T> | null = null;
      for (let j = i; j < to && node; j++) {
        node = node.next.get(fold(text.charCodeAt(j)));
        if (node?.value !== undefined && this.boundaryOk(text, i, j + 1)) best = { start: i, end: j + 1, value: node.value };
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else i++;
    }
    return out;
  }

  private boundaryOk(text: string, start: number, end: number): boolean {
    if (isWordChar(text.charCodeAt(start)) && start > 0 && isWordChar(text.charCodeAt(start - 1))) return false;
    if (isWordChar(text.charCodeAt(end - 1)) && end < text.length && isWordChar(text.charCodeAt(end))) return false;
    return true;
  }
}
