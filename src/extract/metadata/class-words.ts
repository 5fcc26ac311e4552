import { BYLINE_NOISE_WORDS, BYLINE_WORDS, DATE_WORDS, FOREIGN_WORDS } from './rules.ts';

/** What an element's class/id says about it, read once per element (scan.ts). */
export interface ClassMarks {
  foreign: boolean;
  /** Foreign only as a footer ("entry-footer"): inside an `<article>` that is the article's own footer. */
  footerOnly: boolean;
  byline: boolean;
  date: boolean;
}

/** An element whose class and id say nothing. */
export const NO_MARKS: ClassMarks = Object.freeze({
  foreign: false,
  footerOnly: false,
  byline: false,
  date: false,
});
const NONE = NO_MARKS;

// Local aliases: module bindings are read once, not through the loader's live-binding getters.
const FOREIGN = FOREIGN_WORDS;
const BYLINE = BYLINE_WORDS;
const NOISE = BYLINE_NOISE_WORDS;
const DATE = DATE_WORDS;

/**
 * Cheap gate derived from the vocabularies: a class string containing none of their words
 * (most elements) needs no tokenising. Built from the same sets, so nothing is listed twice.
 */
const ANY_WORD = new RegExp([...FOREIGN, ...BYLINE, ...DATE].join('|'), 'i');
/** Per-token gate: noise words count too ("author bio" is a bio box). */
const ANY_TOKEN_WORD = new RegExp([...FOREIGN, ...BYLINE, ...DATE, ...NOISE].join('|'), 'i');

/** What one class/id token says, as bits: the marks of a class string are those of its tokens together. */
const FOOTER_BIT = 1;
const FOREIGN_BIT = 2;
const BYLINE_BIT = 4;
const NOISE_BIT = 8;
const DATE_BIT = 16;

/** The marks for every combination of bits, built once: a page asks for hundreds. */
const MARKS_BY_BITS: readonly ClassMarks[] = Array.from({ length: 32 }, (_, bits) => {
  const foreign = (bits & FOREIGN_BIT) !== 0;
  const footer = (bits & FOOTER_BIT) !== 0;
  const byline = (bits & BYLINE_BIT) !== 0 && (bits & NOISE_BIT) === 0;
  const date = (bits & DATE_BIT) !== 0;
  return Object.freeze({ foreign: foreign || footer, footerOnly: footer && !foreign, byline, date });
});

/**
 * Reads class and id tokens as words ("post-authorName" → post, author, name) and looks
 * them up in the vocabularies of rules.ts: Set lookups instead of a regex per vocabulary,
 * because this runs on every element of every page. `tokens` keeps each token's bits for
 * the page (scan.ts passes one map per walk): a page's class strings are made of the same
 * few dozen tokens, and reading a token's words is most of the cost (ScrapingHub + WCXB:
 * 215 → 163 µs per page over their distinct class strings, best of 6 rounds).
 */
export function classMarks(classId: string, tokens: Map<string, number> = new Map()): ClassMarks {
  if (classId.length === 0 || !ANY_WORD.test(classId)) return NONE;
  let bits = 0;
  for (const token of classId.split(/\s+/)) {
    if (token.length === 0) continue;
    let tokenBits = tokens.get(token);
    if (tokenBits === undefined) {
      tokenBits = bitsOf(token);
      tokens.set(token, tokenBits);
    }
    bits |= tokenBits;
  }
  return MARKS_BY_BITS[bits] ?? NONE;
}

/** The bits of one token: its first and last word (or word pair) for furniture, any word for the rest. */
function bitsOf(token: string): number {
  if (!ANY_TOKEN_WORD.test(token)) return 0;
  const words = token
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[-_]+/);
  const n = words.length;
  const edges = [words[0]!, words[n - 1]!];
  if (n > 1) edges.push(`${words[0]}-${words[1]}`, `${words[n - 2]}-${words[n - 1]}`);
  let bits = 0;
  for (const edge of edges) {
    if (edge === 'footer') bits |= FOOTER_BIT;
    else if (FOREIGN.has(edge)) bits |= FOREIGN_BIT;
  }
  for (const word of words) {
    if (BYLINE.has(word)) bits |= BYLINE_BIT;
    else if (NOISE.has(word)) bits |= NOISE_BIT;
    else if (DATE.has(word)) bits |= DATE_BIT;
  }
  return bits;
}
