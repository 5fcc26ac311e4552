/** Disjoint sets over 0…n−1; `rootOf` returns the smallest member, so group ids are stable. */
export interface UnionFind {
  union(a: number, b: number): void;
  rootOf(a: number): number;
}

export function createUnionFind(size: number): UnionFind {
  const parent = Array.from({ length: size }, (_, i) => i);
  const rootOf = (a: number): number => {
    let root = a;
    while (parent[root] !== root) root = parent[root] as number;
    for (let x = a; parent[x] !== root; ) {
      const next = parent[x] as number;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  return {
    rootOf,
    union(a, b) {
      const ra = rootOf(a);
      const rb = rootOf(b);
      if (ra === rb) return;
      if (ra < rb) parent[rb] = ra;
      else parent[ra] = rb;
    },
  };
}
