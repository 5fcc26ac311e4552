/** Words and hashed word shingles, the units of near-duplicate detection. */
import { SHINGLE_WORDS } from './rules.ts';

/** Lower-cased letter/digit runs: punctuation and case differ between copies of the same wire story. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a, 32-bit: fast and well spread for short strings; collisions only merge two shingles. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The set of hashed `SHINGLE_WORDS`-word shingles (one shingle for a shorter text). */
export function shinglesOf(text: string, size = SHINGLE_WORDS): Set<number> {
  const words = wordsOf(text);
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < size) {
    out.add(hashString(words.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(hashString(words.slice(i, i + size).join(' ')));
  return out;
}

/** |A ∩ B| for two sets, iterating the smaller. */
export function intersectionSize(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}
