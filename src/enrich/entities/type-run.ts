import { ORG_HEADS } from '../lexicon/orgs.ts';
import { NAME_TITLES, ROLE_WORDS } from '../lexicon/roles.ts';
import { isFirstName } from '../lexicon/word-lists.ts';
import { type Word, withoutPossessive } from '../text/words.ts';
import { isGpe, isNorp } from './gazetteer.ts';
import { type TypedName, typeName } from './type-name.ts';

export type { TypedName } from './type-name.ts';

/** Longest person name kept whole; longer "names" are a title or place run into a name. */
const MAX_PERSON_WORDS = 3;

/**
 * Types a run of capitalised words, splitting it where it joins several names:
 * titles ("Indian Defence Minister Rajnath Singh" → NORP Indian + PERSON Rajnath Singh),
 * a leading place ("Britain Liu Xiaming", "US Chinook") and "of" in a non-organisation
 * ("Piarul Islam of Phulbari").
 */
export function typeRun(words: Word[], before?: string): TypedName[] {
  const titled = splitTitle(words);
  if (titled) return titled;
  const first = withoutPossessive((words[0] as Word).text);
  if (words.length > 1 && isNorp(first) && !words.some((w) => ORG_HEADS.has(withoutPossessive(w.text))))
    return [typeName(words.slice(0, 1)), ...typeRun(words.slice(1))];
  // "Justice Department" keeps its title-like first word: the head makes it an organisation
  const bare = words.some((w) => ORG_HEADS.has(w.text)) ? words : stripTitles(words);
  if (bare.length === 0) return [];
  const whole = typeName(bare, before);
  if (whole.type !== 'PERSON' || (!whole.guessed && bare.length <= MAX_PERSON_WORDS)) return [whole];
  return splitPlace(bare) ?? splitOf(bare) ?? [trimPerson(whole)];
}

function splitTitle(words: Word[]): TypedName[] | undefined {
  const titleEnd = lastTitleIndex(words);
  if (titleEnd < 0 || titleEnd >= words.length - 1) return undefined;
  const rest = words.slice(titleEnd + 1);
  if (/^\p{Ll}/u.test((rest[0] as Word).text)) return undefined; // "High Commissioner for Human Rights"
  const restType = typeName(rest, 'title');
  if (restType.type !== 'PERSON') return undefined;
  const prefix = stripTitles(words.slice(0, titleStart(words, titleEnd)));
  return [
    ...(prefix.length > 0 ? typeRun(prefix) : []),
    trimPerson({ ...restType, rule: 'entity-person-after-title', guessed: false }),
  ];
}

/** "Britain Liu Xiaming" → GPE Britain + PERSON Liu Xiaming. */
function splitPlace(words: Word[]): TypedName[] | undefined {
  const first = withoutPossessive((words[0] as Word).text);
  if (!isGpe(first) || isFirstName(first)) return undefined;
  return [typeName(words.slice(0, 1)), ...typeRun(words.slice(1))];
}

/** "Piarul Islam of Phulbari" → PERSON Piarul Islam + GPE Phulbari. */
function splitOf(words: Word[]): TypedName[] | undefined {
  const at = words.findIndex((w) => w.text === 'of');
  if (at <= 0 || at >= words.length - 1) return undefined;
  return [...typeRun(words.slice(0, at)), ...typeRun(words.slice(at + 1))];
}

/** A person name longer than three words keeps its last two ("Public Prosecution Eva-Marie Persson"). */
function trimPerson(t: TypedName): TypedName {
  // initials and suffixes do not count: "Patrick W. Carlineo Jr." is one name
  const core = t.words.filter((w) => !/^(?:\p{Lu}\.|Jr\.|Sr\.|II|III|IV)$/u.test(w.text));
  if (t.type !== 'PERSON' || core.length <= MAX_PERSON_WORDS) return t;
  const words = t.words.slice(-2);
  return { ...t, words, name: words.map((w) => w.text).join(' ') };
}

function isTitle(word: string): boolean {
  return NAME_TITLES.has(word) || (/^\p{Lu}/u.test(word) && ROLE_WORDS.has(word.toLowerCase()));
}

/** Index of the last title word that is followed only by non-title words ("… Minister Rajnath Singh"), or -1. */
function lastTitleIndex(words: Word[]): number {
  for (let i = words.length - 2; i >= 0; i--) {
    if (isTitle((words[i] as Word).text)) return isTitle((words[i + 1] as Word).text) ? -1 : i;
  }
  return -1;
}

/** Start of the block of title words (and "of") that ends at `end`: "Secretary of State". */
function titleStart(words: Word[], end: number): number {
  let i = end;
  while (i > 0) {
    const prev = (words[i - 1] as Word).text;
    if (!isTitle(prev) && prev !== 'of') break;
    i--;
  }
  return i;
}

function stripTitles(words: Word[]): Word[] {
  let i = 0;
  while (i < words.length && (isTitle((words[i] as Word).text) || (words[i] as Word).text === 'of')) i++;
  let j = words.length;
  // titles precede names: only the strict list is stripped at the end ("Ken Doctor" keeps "Doctor")
  // trailing titles only as a pair ("New York State Attorney General"): "Islamic State", "Kevin King" stay whole
  if (
    j - i > 2 &&
    NAME_TITLES.has((words[j - 1] as Word).text) &&
    NAME_TITLES.has((words[j - 2] as Word).text)
  ) {
    while (j > i && (NAME_TITLES.has((words[j - 1] as Word).text) || (words[j - 1] as Word).text === 'of'))
      j--;
  }
  return words.slice(i, j);
}
