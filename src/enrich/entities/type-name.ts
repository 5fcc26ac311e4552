import type { EntityType } from '../../model.ts';
import { ORG_HEADS } from '../lexicon/orgs.ts';
import { EVENT_HEADS, FAC_HEADS, LOC_HEADS } from '../lexicon/places.ts';
import { NAME_TITLES, ROLE_WORDS } from '../lexicon/roles.ts';
import { isCommonWord, isFirstName } from '../lexicon/word-lists.ts';
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

/** Capitalised abbreviations of everyday things, not organisations. */
const NOT_ENTITY_ACRONYMS: ReadonlySet<string> = new Set([
  'TV',
  'SUV',
  'SUVs',
  'IPO',
  'CEO',
  'CFO',
  'COO',
  'CTO',
  'GMT',
  'GDP',
  'AI',
  'PC',
  'DNA',
  'FAQ',
  'OK',
  'PM',
  'AM',
  'ID',
  'HD',
  'VR',
  'AR',
  'EV',
  'EVs',
  'LLC',
  'MP',
  'MPs',
  'PR',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'CD',
  'DVD',
  'USB',
  'ATM',
  'ICU',
  'ER',
  'IQ',
  'RSS',
  'URL',
  'PDF',
  'APR',
  'EBITDA',
  'ETF',
  'NFT',
  'DIY',
  'TBD',
  'FYI',
]);

/** Administrative heads that make a place name a GPE ("Napa County", "New York State"). */
const ADMIN_HEAD =
  / (?:State|City|County|Province|Prefecture|Oblast|Region|Upazila|District|Township|Borough|Parish)$/;

/** A type, the rule that decided it, and whether it is only the default guess. */
type Verdict = [type: EntityType, rule: string, guessed?: boolean];

/**
 * Types one name (no title inside). Order of tests follows specificity: whole-name gazetteers,
 * then head words anywhere in the name, then shape, then given names, then the defaults.
 */
export function typeName(words: Word[], before?: string): TypedName {
  const name = nameOf(words);
  const [type, rule, guessed = false] = verdictOf(words, name, before);
  return { words, name, type, rule, guessed };
}

/**
 * The tests of typeName() in their order. They answer with a tuple instead of calling a
 * closure made per name: run through tsx, every closure made is also named by a call
 * (esbuild's keepNames), which was a fifth of this function's time.
 */
function verdictOf(words: Word[], name: string, before: string | undefined): Verdict {
  const texts = words.map((w) => withoutPossessive(w.text));
  const last = texts[texts.length - 1] as string;
  const first = texts[0] as string;
  if (isMedia(name)) return ['ORG', 'entity-media-outlet'];
  if (isLoc(name)) return ['LOC', 'entity-loc-name'];
  if (isFac(name)) return ['FAC', 'entity-fac-name'];
  if (isGpe(name)) return ['GPE', 'entity-gpe-gazetteer'];
  if (ADMIN_HEAD.test(name) && (words.length > 1 || isGpe(name.replace(/ \S+$/, ''))))
    return ['GPE', 'entity-gpe-admin-head'];
  // caps datelines left in the text ("NEW DELHI:") name places
  if (/^[\p{Lu} .'-]{4,}$/u.test(name) && isGpe(titleCase(name))) return ['GPE', 'entity-caps-dateline'];
  if (words.length === 1 && isNorp(name)) return ['NORP', 'entity-norp-demonym'];
  if (FAC_HEADS.has(last)) return ['FAC', 'entity-fac-head'];
  if (texts.some((t) => ORG_HEADS.has(t))) return ['ORG', 'entity-org-head'];
  if (LOC_HEADS.has(last) || LOC_HEADS.has(first)) return ['LOC', 'entity-loc-head'];
  if (EVENT_HEADS.has(last) || /^(?:World War|Operation)\b/.test(name)) return ['EVENT', 'entity-event-head'];
  if (/\p{L}-?\d|\d-\p{L}/u.test(name)) return ['PRODUCT', 'entity-product-shape'];
  if (
    /^[\p{Lu}\d&.]{2,7}$/u.test(name) &&
    /\p{Lu}{2}/u.test(name.replace(/\./g, '')) &&
    !NOT_ENTITY_ACRONYMS.has(name)
  )
    return ['ORG', 'entity-acronym'];
  if (
    before !== undefined &&
    (before === 'title' || NAME_TITLES.has(before) || ROLE_WORDS.has(before.toLowerCase()))
  )
    return ['PERSON', 'entity-person-after-title'];
  return byShape(words);
}

/** No lexicon decided: a given name first makes a person; an everyday last word an organisation ("Big Machine"). */
function byShape(words: Word[]): Verdict {
  const first = (words[0] as Word).text;
  const last = withoutPossessive((words[words.length - 1] as Word).text);
  if (words.length >= 2) {
    if (isFirstName(first)) return ['PERSON', 'entity-person-given-name'];
    if (isCommonWord(last)) return ['ORG', 'entity-org-common-head', true];
    return ['PERSON', 'entity-person-default', true];
  }
  if (isFirstName(first) && !isCommonWord(first)) return ['PERSON', 'entity-person-given-name', true];
  return ['ORG', 'entity-single-default', true];
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
