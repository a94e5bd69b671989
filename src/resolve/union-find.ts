/** Disjoint sets over dense integer ids, with path halving and union by size. */
export class UnionFind {
  private parent: Int32Array;
  private size: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    this.parent = new Int32Array(capacity);
    this.size = new Int32Array(capacity);
  }

  /** Adds a singleton and returns its id. */
  add(): number {
    if (this.count === this.parent.length) {
      const parent = new Int32Array(this.parent.length * 2);
      parent.set(this.parent);
      const size = new Int32Array(this.size.length * 2);
      size.set(this.size);
      this.parent = parent;
      this.size = size;
    }
    const id = this.count++;
    this.parent[id] = id;
    this.size[id] = 1;
    return id;
  }

  get length(): number {
    return this.count;
  }

  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }

  /** Joins the sets of a and b; returns the new root, or -1 when they were already one set. */
  union(a: number, b: number): number {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return -1;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    return ra;
  }
}
