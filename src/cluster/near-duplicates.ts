/**
 * Near-duplicate groups — syndicated wire copies of one story. The structure stage has
 * already taken datelines, credits, captions and trailers out of `text`, so what is left
 * is the shared copy: MinHash-LSH proposes pairs, exact Jaccard or containment of the
 * 5-word shingle sets confirms them (so truncated and re-dated copies still match).
 */
import { candidatePairs, signatureOf } from './minhash.ts';
import { CONTAINMENT_MIN_SHINGLES, DUPLICATE_CONTAINMENT, DUPLICATE_JACCARD } from './rules.ts';
import { intersectionSize, shinglesOf } from './shingles.ts';
import { createUnionFind } from './union-find.ts';

export interface DuplicateInput {
  id: number;
  text: string;
}

export interface PairSimilarity {
  jaccard: number;
  containment: number;
}

export function similarityOf(a: ReadonlySet<number>, b: ReadonlySet<number>): PairSimilarity {
  const common = intersectionSize(a, b);
  const union = a.size + b.size - common;
  const smaller = Math.min(a.size, b.size);
  return { jaccard: union === 0 ? 0 : common / union, containment: smaller === 0 ? 0 : common / smaller };
}

/** The verification rule: similar enough overall, or a long enough copy mostly inside the other. */
export function isNearDuplicate(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  const { jaccard, containment } = similarityOf(a, b);
  if (jaccard >= DUPLICATE_JACCARD) return true;
  return Math.min(a.size, b.size) >= CONTAINMENT_MIN_SHINGLES && containment >= DUPLICATE_CONTAINMENT;
}

/**
 * Maps every id to its group's representative — the smallest id in the group (an article
 * alone is its own representative).
 *
 * @example
 *   groupNearDuplicates([{ id: 1, text: wire }, { id: 2, text: wireTruncated }, { id: 3, text: other }])
 *   // → Map { 1 → 1, 2 → 1, 3 → 3 }
 */
export function groupNearDuplicates(docs: readonly DuplicateInput[]): Map<number, number> {
  const order = [...docs].sort((a, b) => a.id - b.id);
  const sets = order.map((d) => shinglesOf(d.text));
  const empty = new Set<number>();
  sets.forEach((s, i) => {
    if (s.size === 0) empty.add(i);
  });
  const signatures = sets.map(signatureOf);
  const groups = createUnionFind(order.length);
  for (const [i, j] of candidatePairs(signatures, empty)) {
    if (groups.rootOf(i) === groups.rootOf(j)) continue;
    if (isNearDuplicate(sets[i] as Set<number>, sets[j] as Set<number>)) groups.union(i, j);
  }
  return new Map(order.map((d, i) => [d.id, (order[groups.rootOf(i)] as DuplicateInput).id]));
}
