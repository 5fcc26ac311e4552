/**
 * Story features: a TF-IDF vector over the title, the lead and the entity names, L2
 * normalised so a dot product is the cosine. IDF comes from the collection at hand.
 */
import { ENTITY_WEIGHT, LEAD_WORDS, STOPWORDS, TITLE_WEIGHT } from './rules.ts';
import { wordsOf } from './shingles.ts';

export type Vector = ReadonlyMap<string, number>;

export interface FeatureInput {
  title?: string;
  text: string;
  entities: readonly string[];
}

/** Topic words: no function words, no numbers, nothing shorter than 3 letters. */
function topicWords(text: string): string[] {
  return wordsOf(text).filter((w) => w.length > 2 && !STOPWORDS.has(w) && !/^\p{N}+$/u.test(w));
}

/** Raw term counts: title words weigh `TITLE_WEIGHT`, entity names are `#name` terms. */
export function termCounts(doc: FeatureInput): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number): void => {
    counts.set(term, (counts.get(term) ?? 0) + weight);
  };
  for (const w of topicWords(doc.title ?? '')) add(w, TITLE_WEIGHT);
  for (const w of topicWords(doc.text).slice(0, LEAD_WORDS)) add(w, 1);
  for (const name of new Set(doc.entities.map((e) => e.toLowerCase()))) add(`#${name}`, ENTITY_WEIGHT);
  return counts;
}

/** Smoothed IDF per term over the given documents' term sets. */
export function inverseDocumentFrequency(docs: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const counts of docs) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log((1 + n) / (1 + count)) + 1);
  return idf;
}

/** Sublinear TF × IDF, normalised to unit length. */
export function tfidf(counts: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>): Vector {
  const out = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    const w = (1 + Math.log(count)) * (idf.get(term) ?? 1);
    out.set(term, w);
    norm += w * w;
  }
  const len = Math.sqrt(norm) || 1;
  for (const [term, w] of out) out.set(term, w / len);
  return out;
}

export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) sum += w * (large.get(term) ?? 0);
  return sum;
}

/** A set of names, or a map keyed by them (a story's entity counts): only membership is read. */
export interface NameSet {
  readonly size: number;
  has(name: string): boolean;
  keys(): Iterable<string>;
}

/** Jaccard of two name sets (lower-cased), without building new sets. */
export function overlap(a: NameSet, b: NameSet): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const x of a.keys()) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}
