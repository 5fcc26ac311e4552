/**
 * Grouping parameters as named data, each with its reason. Tuned on the syndication set
 * and the hand-grouped story set of `npm run bench:cluster` (bench/cluster.ts).
 */

/** Words per shingle: 5-word shingles rarely repeat across unrelated news copy, yet survive small edits. */
export const SHINGLE_WORDS = 5;

/**
 * MinHash-LSH banding: 48 bands of 2 rows (96 hashes). A pair with Jaccard 0.3 becomes a
 * candidate with probability 1 − (1 − 0.3²)⁴⁸ ≈ 0.99, so a copy truncated to a third of
 * the original is still compared; unrelated pairs (Jaccard ≈ 0.01) almost never are.
 */
export const LSH_BANDS = 48;
export const LSH_ROWS = 2;

/** Verified by exact similarity: reworded or re-dated wire copy keeps most 5-word shingles. */
export const DUPLICATE_JACCARD = 0.5;
/**
 * …or by containment of the shorter copy in the longer (|A∩B| / min(|A|,|B|)): a truncated
 * copy or one with a new caption and trailer is mostly inside the original.
 */
export const DUPLICATE_CONTAINMENT = 0.7;
/** Containment alone needs this many shingles on the shorter side: a two-line brief inside a long page is not a copy of it. */
export const CONTAINMENT_MIN_SHINGLES = 25;

/** Words of the body read as the lead for story features: the inverted pyramid puts the story there. */
export const LEAD_WORDS = 80;
/** Title terms count this many times: the headline names the story. */
export const TITLE_WEIGHT = 2;
/** Entity names count as one extra term each, this many times. */
export const ENTITY_WEIGHT = 1.5;

/** An article joins a story when its similarity to the story's centroid reaches this. */
export const JOIN_SIMILARITY = 0.3;
/** Two stories merge when their centroids are this similar (after all articles are placed). */
export const MERGE_SIMILARITY = 0.4;
/** Share of the score taken by entity overlap (Jaccard of entity names), the rest by TF-IDF cosine. */
export const ENTITY_SHARE = 0.3;
/** Days an article may lie outside a story's span and still join it: news stories run for days, not months. */
export const WINDOW_DAYS = 3;

/**
 * Function words left out of story terms: they carry no topic. English only, as the
 * benchmark sets; other languages still cluster on their entity names and rarer words.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'the a an and or but of to in on at for from by with as is are was were be been being has have had ' +
    'it its this that these those he she they we you i his her their our your them him not no said says ' +
    'say will would could should can may might also after before over under about into than then there ' +
    'here who whom which what when where why how all any some more most other such only own same so too ' +
    'very just new one two three year years last first told mr ms per cent percent'
  ).split(' '),
);
