/**
 * The literal words a regular expression cannot match without: `requiredLiterals("拟(?:被)?纳入.{0,12}突破性治疗")`
 * is ["突破性治疗"], `requiredLiterals("fast[- ]?track")` is ["track"] (the longer of "fast" and "track"),
 * `requiredLiterals("(?:CDE|NMPA)受理")` is ["受理"]. Every match of the expression contains at least one of the
 * returned words (ASCII letters lower-cased, for case-insensitive search), so a text without any of them needs no
 * regex run. `null` when no such words can be read off the pattern (every branch must have one).
 *
 * The reading is conservative: only plain ASCII and CJK characters count as literals; classes, escapes that are
 * not plain characters, lookarounds, optional or repeated parts end a literal; a group that must match adds the
 * words of its branches as one alternative.
 */
export function requiredLiterals(source: string): string[] | null {
  const parser = new Parser(source);
  const found = parser.alternation();
  return parser.at < source.length ? null : found;
}

const ASCII_LITERAL = /[A-Za-z0-9 _,;:'"%&@#!~<>=\-/`]/;
// letters fold by ASCII case only, as the extractor's patterns are matched on half-width text; CJK has no case
const isLiteralChar = (ch: string) => ASCII_LITERAL.test(ch) || (ch >= "\u3400" && ch <= "\u9fff") || (ch >= "\u3000" && ch <= "\u303f");
/** Escapes of a single plain character ("\\.", "\\-", "\\("); all other escapes are classes or assertions. */
const ESCAPED_LITERAL = /[.\-()[\]{}|?*+^$\\/]/;

class Parser {
  at = 0;
  constructor(private readonly src: string) {}

  /** branch ('|' branch)*, up to an unmatched ')' or the end; null when one branch has no required literal. */
  alternation(): string[] | null {
    const branches: Array<string[] | null> = [this.branch()];
    while (this.src[this.at] === "|") {
      this.at++;
      branches.push(this.branch());
    }
    if (branches.some((b) => b === null)) return null;
    return [...new Set((branches as string[][]).flat())];
  }

  /** A sequence of atoms: its best alternative set (the one whose shortest word is longest). */
  private branch(): string[] | null {
    const options: string[][] = [];
    let run = "";
    const endRun = () => {
      if (run) options.push([run.toLowerCase()]);
      run = "";
    };
    while (this.at < this.src.length && this.src[this.at] !== "|" && this.src[this.at] !== ")") {
      const ch = this.src[this.at]!;
      let literal: string;
      if (ch === "(") {
        endRun();
        const group = this.group();
        if (!this.quantifier().optional && group.kind === "capture" && group.literals) options.push(group.literals);
        continue;
      } else if (ch === "[") {
        endRun();
        this.charClass();
        this.quantifier();
        continue;
      } else if (ch === "\\" && ESCAPED_LITERAL.test(this.src[this.at + 1] ?? "")) {
        literal = this.src[this.at + 1]!;
        this.at += 2;
      } else if (isLiteralChar(ch)) {
        literal = ch;
        this.at++;
      } else {
        // a class escape (\d, \s, \b …), ".", "^", "$" or a character we do not fold
        endRun();
        this.at += ch === "\\" ? (/[ux]/.test(this.src[this.at + 1] ?? "") ? (this.src[this.at + 1] === "u" ? 6 : 4) : 2) : 1;
        this.quantifier();
        continue;
      }
      // a literal character: optional, it ends the run without it; repeated, it ends the run with it
      const q = this.quantifier();
      if (q.optional) endRun();
      else {
        run += literal;
        if (q.quantified) endRun();
      }
    }
    endRun();
    if (!options.length) return null;
    const score = (o: string[]) => Math.min(...o.map((w) => w.length));
    return options.reduce((best, o) => (score(o) > score(best) || (score(o) === score(best) && o.length < best.length) ? o : best));
  }

  /** '(' … ')': a capturing or non-capturing group yields its literals; a lookaround yields none. */
  private group(): { kind: "capture" | "assertion"; literals: string[] | null } {
    this.at++;
    let kind: "capture" | "assertion" = "capture";
    if (this.src.startsWith("?:", this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.src.slice(this.at, this.at + 3))) {
      kind = "assertion";
      this.at += this.src[this.at + 1] === "<" ? 3 : 2;
    } else if (this.src.startsWith("?<", this.at)) this.at = this.src.indexOf(">", this.at) + 1;
    const literals = this.alternation();
    if (this.src[this.at] === ")") this.at++;
    return { kind, literals };
  }

  private charClass(): void {
    this.at++;
    if (this.src[this.at] === "]") this.at++;
    while (this.at < this.src.length && this.src[this.at] !== "]") this.at += this.src[this.at] === "\\" ? 2 : 1;
    this.at++;
  }

  /** Reads a quantifier after an atom: optional when it allows zero repetitions. */
  private quantifier(): { optional: boolean; quantified: boolean } {
    const ch = this.src[this.at];
    let optional = false;
    let quantified = false;
    if (ch === "?" || ch === "*") {
      optional = true;
      quantified = true;
      this.at++;
    } else if (ch === "+") {
      quantified = true;
      this.at++;
    } else if (ch === "{") {
      const m = /^\{(\d*)(?:,\d*)?\}/.exec(this.src.slice(this.at));
      if (m) {
        quantified = true;
        optional = !m[1] || Number(m[1]) === 0;
        this.at += m[0].length;
      }
    }
    if (quantified && this.src[this.at] === "?") this.at++;
    return { optional, quantified };
  }
}
