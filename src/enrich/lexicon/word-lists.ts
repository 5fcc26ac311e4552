import { COMMON_WORDS } from '../data/common-words.ts';
import { FIRST_NAMES } from '../data/first-names.ts';

/** Compiled word lists as sets, built once at module load (constant tables; see test/gold/enrich/tools/compile-lexicons.ts). */
const COMMON: ReadonlySet<string> = new Set(COMMON_WORDS.split(' ').filter((w) => w.length > 0));
const GIVEN: ReadonlySet<string> = new Set(FIRST_NAMES.split(' ').filter((w) => w.length > 0));

/** An everyday English word ("police", "staying"), tested in lower case; contractions by their stem ("We’re"). */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return COMMON.has(lower) || COMMON.has(lower.replace(/[’'].*$/, ''));
}

/** A given name ("Zach", "Farah"), as capitalised. */
export function isFirstName(word: string): boolean {
  return GIVEN.has(word);
}
