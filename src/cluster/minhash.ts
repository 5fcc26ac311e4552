/**
 * MinHash signatures and LSH banding (Broder 1997; Leskovec, Rajaraman & Ullman,
 * "Mining of Massive Datasets", ch. 3): similar sets share a band of their signature
 * with high probability, so only those pairs are compared exactly.
 */
import { LSH_BANDS, LSH_ROWS } from './rules.ts';

/** murmur3's 32-bit finaliser: a cheap, well-mixed permutation of 32-bit values. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds, one per hash function, so signatures are comparable across runs. */
function seeds(count: number): Uint32Array {
  const out = new Uint32Array(count);
  let s = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    s = mix(s + 0x6d2b79f5);
    out[i] = s;
  }
  return out;
}

const SEEDS = seeds(LSH_BANDS * LSH_ROWS);

/** The minimum of each seeded hash over the set; an empty set gets all-max (it matches nothing). */
export function signatureOf(shingles: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < SEEDS.length; i++) {
      const h = mix(x ^ (SEEDS[i] as number));
      if (h < (sig[i] as number)) sig[i] = h;
    }
  }
  return sig;
}

/**
 * Candidate pairs `[i, j]` (indexes into `signatures`, i < j) sharing at least one band.
 * Empty sets take part in no pair.
 */
export function candidatePairs(
  signatures: readonly Uint32Array[],
  empty: ReadonlySet<number>,
): Array<[number, number]> {
  const pairs = new Set<string>();
  const out: Array<[number, number]> = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, index) => {
      if (empty.has(index)) return;
      const key = Array.from(sig.subarray(band * LSH_ROWS, (band + 1) * LSH_ROWS)).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const bucket of buckets.values()) {
      for (let a = 0; a < bucket.length; a++) {
        for (let b = a + 1; b < bucket.length; b++) {
          const id = `${bucket[a]}:${bucket[b]}`;
          if (pairs.has(id)) continue;
          pairs.add(id);
          out.push([bucket[a] as number, bucket[b] as number]);
        }
      }
    }
  }
  return out;
}
