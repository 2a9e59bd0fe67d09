/** Disjoint sets over 0…n-1, grown one element at a time (path halving, union by size). */
export class UnionFind {
  private readonly parent: number[] = [];
  private readonly size: number[] = [];

  add(): number {
    const i = this.parent.length;
    this.parent.push(i);
    this.size.push(1);
    return i;
  }

  find(i: number): number {
    let x = i;
    while (this.parent[x] !== x) {
      const p = this.parent[x] as number;
      this.parent[x] = this.parent[p] as number;
      x = p;
    }
    return x;
  }

  /**
   * Joins the sets of a and b; returns [kept root, absorbed root], or null when they were one
   * set already. The caller decides nothing about which root survives: the larger does.
   */
  union(a: number, b: number): [number, number] | null {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return null;
    if ((this.size[ra] as number) < (this.size[rb] as number)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] as number) + (this.size[rb] as number);
    return [ra, rb];
  }
}
