import type { EntityType } from '../../model.ts';
import { ORG_HEADS } from '../lexicon/orgs.ts';
import { EVENT_HEADS, FAC_HEADS, LOC_HEADS } from '../lexicon/places.ts';
import { NAME_TITLES, ROLE_WORDS } from '../lexicon/roles.ts';
import { type Word, withoutPossessive } from '../text/words.ts';
import { isFac, isGpe, isLoc, isMedia, isNorp } from './gazetteer.ts';

/** One typed piece of a name run; `rule` says which lexicon decided (for messages and tests). */
export interface TypedName {
  words: Word[];
  name: string;
  type: EntityType;
  rule: string;
  /** True when no lexicon decided and the type is only the default guess. */
  guessed: boolean;
}

/**
 * Types a run of capitalised words, splitting off titles ("Indian Defence Minister Rajnath
 * Singh" → NORP Indian + PERSON Rajnath Singh). Order of tests follows specificity:
 * whole-name gazetteers first, then head words, then shape, then the PERSON default.
 */
export function typeRun(words: Word[], before?: string): TypedName[] {
  const titleEnd = lastTitleIndex(words);
  if (titleEnd >= 0 && titleEnd < words.length - 1) {
    const rest = words.slice(titleEnd + 1);
    const restType = typeWhole(rest, 'title');
    if (restType.type === 'PERSON') {
      const prefix = stripTitles(words.slice(0, titleStart(words, titleEnd)));
      return [
        ...(prefix.length > 0 ? typeRun(prefix) : []),
        { ...restType, rule: 'entity-person-after-title', guessed: false },
      ];
    }
  }
  const norp = words.length > 1 && isNorp(withoutPossessive((words[0] as Word).text));
  if (norp && !ORG_HEADS.has(lastText(words))) {
    return [typeWhole(words.slice(0, 1)), ...typeRun(words.slice(1))];
  }
  // "Justice Department" keeps its title-like first word: the head makes it an organisation
  const bare = ORG_HEADS.has(lastText(words)) ? words : stripTitles(words);
  return bare.length > 0 ? [typeWhole(bare, before)] : [];
}

function typeWhole(words: Word[], before?: string): TypedName {
  const name = nameOf(words);
  const make = (type: EntityType, rule: string, guessed = false): TypedName => ({
    words,
    name,
    type,
    rule,
    guessed,
  });
  const last = withoutPossessive(lastText(words));
  const first = (words[0] as Word).text;
  if (isMedia(name)) return make('ORG', 'entity-media-outlet');
  if (isLoc(name)) return make('LOC', 'entity-loc-name');
  if (isFac(name)) return make('FAC', 'entity-fac-name');
  if (isGpe(name)) return make('GPE', 'entity-gpe-gazetteer');
  // "New York State", "Mexico City", "Orange County": a place plus an administrative head
  if (
    / (?:State|City|County|Province|Prefecture|Oblast|Region)$/.test(name) &&
    isGpe(name.replace(/ \S+$/, ''))
  )
    return make('GPE', 'entity-gpe-admin-head');
  // caps datelines left in the text ("NEW DELHI:") name places
  if (/^[\p{Lu} .'-]{4,}$/u.test(name) && isGpe(titleCase(name))) return make('GPE', 'entity-caps-dateline');
  if (words.length === 1 && isNorp(name)) return make('NORP', 'entity-norp-demonym');
  if (ORG_HEADS.has(last) || (ORG_HEADS.has(first) && words.some((w) => w.text === 'of')))
    return make('ORG', 'entity-org-head');
  if (FAC_HEADS.has(last)) return make('FAC', 'entity-fac-head');
  if (LOC_HEADS.has(last) || LOC_HEADS.has(first)) return make('LOC', 'entity-loc-head');
  if (EVENT_HEADS.has(last) || /^(?:World War|Operation)\b/.test(name))
    return make('EVENT', 'entity-event-head');
  if (/\p{L}-?\d|\d-\p{L}/u.test(name)) return make('PRODUCT', 'entity-product-shape');
  if (/^[\p{Lu}\d&.]{2,7}$/u.test(name) && /\p{Lu}{2}/u.test(name.replace(/\./g, '')))
    return make('ORG', 'entity-acronym');
  if (
    before !== undefined &&
    (before === 'title' || NAME_TITLES.has(before) || ROLE_WORDS.has(before.toLowerCase()))
  )
    return make('PERSON', 'entity-person-after-title');
  if (words.length >= 2) return make('PERSON', 'entity-person-default', true);
  return make('ORG', 'entity-single-default', true);
}

/** Index of the last title word that is followed only by non-title words ("… Minister Rajnath Singh"), or -1. */
function lastTitleIndex(words: Word[]): number {
  for (let i = words.length - 2; i >= 0; i--) {
    if (NAME_TITLES.has((words[i] as Word).text))
      return NAME_TITLES.has((words[i + 1] as Word).text) ? -1 : i;
  }
  return -1;
}

/** Start of the block of title words (and "of") that ends at `end`: "Secretary of State". */
function titleStart(words: Word[], end: number): number {
  let i = end;
  while (i > 0) {
    const prev = (words[i - 1] as Word).text;
    if (!NAME_TITLES.has(prev) && prev !== 'of') break;
    i--;
  }
  return i;
}

function stripTitles(words: Word[]): Word[] {
  let i = 0;
  while (i < words.length && (NAME_TITLES.has((words[i] as Word).text) || (words[i] as Word).text === 'of'))
    i++;
  let j = words.length;
  while (j > i && (NAME_TITLES.has((words[j - 1] as Word).text) || (words[j - 1] as Word).text === 'of')) j--;
  return words.slice(i, j);
}

function lastText(words: Word[]): string {
  return (words[words.length - 1] as Word).text;
}

/** The name as written, possessive dropped: words joined by the single spaces of the run. */
export function nameOf(words: Word[]): string {
  return words.map((w, i) => (i === words.length - 1 ? withoutPossessive(w.text) : w.text)).join(' ');
}

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
