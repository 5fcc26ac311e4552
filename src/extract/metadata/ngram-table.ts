/**
 * eld's n-gram table, held compactly. eld reads its table as a plain object of objects
 * (`ngrams[ngram][languageIndex] = score`, eld/src/languageDetector.js `calculateScores`),
 * and in that shape the extra-small table's 49 553 n-grams with 81 138 scores take about
 * 14 MB of every worker's heap (a heap snapshot's dominator tree after warm-up: the largest
 * single holder). Here the n-grams index one Map and their scores sit in two byte arrays,
 * about 2 MB (the live heap after warm-up went from 42 to 28 MB); eld gets a read-only view
 * that builds the small per-n-gram object it iterates when asked (a detection asks for at
 * most a few hundred).
 */

/** eld's table as its JSON holds it: n-gram → { languageIndex: score }. */
export type NgramScores = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** Scores are stored as bytes: eld's extra-small table has 6–207 over 60 languages. */
const BYTE = 255;

export interface CompactNgrams {
  /** n-gram → entry number; entry e's scores are `languages`/`scores` [starts[e], starts[e+1]). */
  index: Map<string, number>;
  starts: Uint32Array;
  languages: Uint8Array;
  scores: Uint8Array;
}

export function compactNgrams(table: NgramScores): CompactNgrams {
  const grams = Object.keys(table);
  let total = 0;
  for (const gram of grams) total += Object.keys(table[gram]!).length;
  const index = new Map<string, number>();
  const starts = new Uint32Array(grams.length + 1);
  const languages = new Uint8Array(total);
  const scores = new Uint8Array(total);
  let at = 0;
  for (const [entry, gram] of grams.entries()) {
    index.set(gram, entry);
    starts[entry] = at;
    for (const [language, score] of Object.entries(table[gram]!)) {
      const code = Number(language);
      if (!fitsByte(code) || !fitsByte(score))
        throw new Error(`n-gram table entry ${JSON.stringify(gram)} does not fit in bytes`);
      languages[at] = code;
      scores[at] = score;
      at++;
    }
  }
  starts[grams.length] = at;
  return { index, starts, languages, scores };
}

/** The scores of one n-gram in eld's shape, or undefined when the table does not have it. */
export function ngramScores(table: CompactNgrams, gram: string): Record<string, number> | undefined {
  const entry = table.index.get(gram);
  if (entry === undefined) return undefined;
  const scores: Record<string, number> = {};
  for (let i = table.starts[entry]!; i < table.starts[entry + 1]!; i++)
    scores[table.languages[i]!] = table.scores[i]!;
  return scores;
}

/**
 * A read-only object view of the compact table for eld, which only ever reads
 * `ngrams[gram]` (eld 2.1.0 `calculateScores`; `saveSubset`, which would enumerate the table,
 * is a browser-only download and never called here).
 */
export function ngramView(table: CompactNgrams): NgramScores {
  return new Proxy({} as NgramScores, {
    get: (_target, gram) => (typeof gram === 'string' ? ngramScores(table, gram) : undefined),
    has: (_target, gram) => typeof gram === 'string' && table.index.has(gram),
  });
}

function fitsByte(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= BYTE;
}
