import { GPE_NAMES } from '../data/gpe-names.ts';
import { NORP_WORDS } from '../lexicon/norp.ts';
import { MEDIA_OUTLETS, withoutArticle } from '../lexicon/orgs.ts';
import { FAC_NAMES, LOC_NAMES } from '../lexicon/places.ts';

/** Whole-name lookups used by the typer, built once (constant tables). */
const GPE: ReadonlySet<string> = new Set(GPE_NAMES);
const MEDIA: ReadonlySet<string> = new Set(MEDIA_OUTLETS.map(withoutArticle));

export function isGpe(name: string): boolean {
  return GPE.has(name) || GPE.has(name.replace(/\.$/, ''));
}

export function isMedia(name: string): boolean {
  return MEDIA.has(withoutArticle(name));
}

/** The outlet's usual spelling ("the Wall Street Journal" → "The Wall Street Journal"). */
export function canonicalMedia(name: string): string {
  const bare = withoutArticle(name);
  return MEDIA_OUTLETS.includes(`The ${bare}`) ? `The ${bare}` : bare;
}

export function isNorp(word: string): boolean {
  if (NORP_WORDS.has(word)) return true;
  return word.endsWith('s') && NORP_WORDS.has(word.slice(0, -1));
}

export function isLoc(name: string): boolean {
  return LOC_NAMES.has(name);
}

export function isFac(name: string): boolean {
  return FAC_NAMES.has(name);
}
