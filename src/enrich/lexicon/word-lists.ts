import { PackedStrings } from '../../util/packed-strings.ts';
import { COMMON_WORDS } from '../data/common-words.ts';
import { FIRST_NAMES } from '../data/first-names.ts';

/**
 * Compiled word lists (space-separated; see test/gold/enrich/tools/compile-lexicons.ts),
 * looked up in place rather than split into a Set of strings (src/util/packed-strings.ts).
 */
const COMMON = new PackedStrings(COMMON_WORDS, ' ');
const GIVEN = new PackedStrings(FIRST_NAMES, ' ');

/** An everyday English word ("police", "staying"), tested in lower case; contractions by their stem ("We’re"). */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return COMMON.has(lower) || COMMON.has(lower.replace(/[’'].*$/, ''));
}

/** A given name ("Zach", "Farah"), as capitalised. */
export function isFirstName(word: string): boolean {
  return GIVEN.has(word);
}
