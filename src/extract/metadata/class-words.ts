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

/**
 * Reads class and id tokens as words ("post-authorName" → post, author, name) and looks
 * them up in the vocabularies of rules.ts: Set lookups instead of a regex per vocabulary,
 * because this runs on every element of every page.
 */
export function classMarks(classId: string): ClassMarks {
  if (classId.length === 0 || !ANY_WORD.test(classId)) return NONE;
  let foreign = false;
  let footer = false;
  let byline = false;
  let noise = false;
  let date = false;
  for (const token of classId.split(/\s+/)) {
    if (token.length === 0 || !ANY_TOKEN_WORD.test(token)) continue;
    const words = token
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .split(/[-_]+/);
    const n = words.length;
    const edges = [words[0]!, words[n - 1]!];
    if (n > 1) edges.push(`${words[0]}-${words[1]}`, `${words[n - 2]}-${words[n - 1]}`);
    for (const edge of edges) {
      if (edge === 'footer') footer = true;
      else if (FOREIGN.has(edge)) foreign = true;
    }
    for (const word of words) {
      if (BYLINE.has(word)) byline = true;
      else if (NOISE.has(word)) noise = true;
      else if (DATE.has(word)) date = true;
    }
  }
  return { foreign: foreign || footer, footerOnly: footer && !foreign, byline: byline && !noise, date };
}
