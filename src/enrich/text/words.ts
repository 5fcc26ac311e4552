import type { Span } from '../../model.ts';
import { US_STATE_ABBREVIATIONS } from '../../structure/rules.ts';
import { NAME_TITLES } from '../lexicon/roles.ts';

/** A word of the article text with its span. */
export interface Word extends Span {
  text: string;
}

/**
 * Abbreviations that keep their final period and never end a sentence.
 * Reason: AP style writes titles and months abbreviated ("Sen.", "Sept. 8").
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Honorifics written before names (one list, kept in lexicon/roles.ts).
  ...[...NAME_TITLES].filter((title) => title.endsWith('.')),
  // AP state abbreviations (one list, kept with the dateline rules).
  ...Object.keys(US_STATE_ABBREVIATIONS),
  'St.',
  'Jr.',
  'Sr.',
  'Inc.',
  'Corp.',
  'Co.',
  'Ltd.',
  'Dept.',
  'Ave.',
  'Rd.',
  'Mt.',
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'Aug.',
  'Sept.',
  'Sep.',
  'Oct.',
  'Nov.',
  'Dec.',
  'No.',
  'vs.',
  'etc.',
  'e.g.',
  'i.e.',
  'a.m.',
  'p.m.',
  'approx.',
  'est.',
]);

const WORD = /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*\.?/gu;

/**
 * Words of `text[from, to)`, keeping a final period only on abbreviations and initialisms.
 * Searches `text` in place (no copy of the range): a word that runs past `to` is matched
 * again inside the range, so the words are those of `text.slice(from, to)`.
 */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    const start = m.index;
    let value = m[0];
    if (start + value.length > to) value = wordAt(text.slice(start, to));
    if (value.endsWith('.') && !keepsPeriod(value)) value = value.slice(0, -1);
    out.push({ text: value, start, end: start + value.length });
    if (start + m[0].length >= to) break;
  }
  return out;
}

const WORD_HEAD = new RegExp(`^(?:${WORD.source})`, 'u');

/** The word a range cut mid-word ends with ("U.S" of "U.S." cut before its period). */
function wordAt(head: string): string {
  return WORD_HEAD.exec(head)?.[0] ?? head;
}

function keepsPeriod(value: string): boolean {
  if (ABBREVIATIONS.has(value)) return true;
  // initialisms "U.S." / "D.C." and initials "F."
  return /^(?:\p{Lu}\.)+$/u.test(value) || /^\p{L}(?:\.\p{L})+\.$/u.test(value);
}

/** True when the word starts with an upper-case letter or digit-led name ("Fath-360" no, "7-Eleven" yes). */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Drops a possessive ending: "Ukraine’s" → "Ukraine", "Reuters'" stays. */
export function withoutPossessive(word: string): string {
  return word.replace(/[’']s$/u, '');
}
