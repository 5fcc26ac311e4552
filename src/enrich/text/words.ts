import type { Span } from '../../model.ts';
import { US_STATE_ABBREVIATIONS } from '../../structure/rules.ts';
import { checkPageBudget } from '../../util/page-budget.ts';
import { countBelow } from '../../util/span-search.ts';
import { NAME_TITLES } from '../lexicon/roles.ts';
import { forLastText } from './last-text.ts';
import { letterOrDigitAt, wordEnd } from './word-scan.ts';

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

/**
 * Words of `text[from, to)`, keeping a final period only on abbreviations and initialisms.
 * The stages ask for the words of many ranges of one article text (each sentence for names,
 * again for reported speech, each quote and its surroundings): the whole text is tokenised
 * once and ranges are cut from that list. A range whose start falls inside a word is
 * scanned directly, as is the word a range end cuts, so the words are always those of
 * `text.slice(from, to)`.
 */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  checkPageBudget();
  const all = tokensOf(text);
  const starts = all.starts;
  let i = countBelow(starts, from, (n) => n);
  // A word that begins before `from` and runs into the range is matched from `from` by the scan.
  if (i > 0 && starts[i - 1]! + all.lengths[i - 1]! > from) return scanWords(text, from, to);
  const out: Word[] = [];
  for (; i < starts.length && starts[i]! < to; i++) {
    if (starts[i]! + all.lengths[i]! > to) return out.concat(scanWords(text, starts[i]!, to));
    out.push(all.words[i]!);
  }
  return out;
}

/** The words of one text with each match's start and raw length (before a period is dropped). */
interface Tokens {
  words: Word[];
  starts: number[];
  lengths: number[];
}

const tokensOf = forLastText((text): Tokens => {
  const tokens: Tokens = { words: [], starts: [], lengths: [] };
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (letterOrDigitAt(text, i, n) === 0) {
      i++;
      continue;
    }
    checkPageBudget();
    const end = wordEnd(text, i, n);
    tokens.words.push(toWord(text.slice(i, end), i));
    tokens.starts.push(i);
    tokens.lengths.push(end - i);
    i = end;
  }
  return tokens;
});

/**
 * The direct scan: reads `text` in place from `from` (no copy of the range); a word that
 * runs past `to` is read again up to `to`.
 */
export function scanWords(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const n = text.length;
  for (let i = from; i < to; ) {
    if (letterOrDigitAt(text, i, n) === 0) {
      i++;
      continue;
    }
    const end = wordEnd(text, i, n);
    const cut = end > to ? wordEnd(text, i, to) : end;
    // A surrogate pair split by `to` leaves no word inside the range: its half stands alone.
    out.push(toWord(text.slice(i, cut > i ? cut : to), i));
    if (end >= to) break;
    i = end;
  }
  return out;
}

function toWord(raw: string, start: number): Word {
  const value = raw.endsWith('.') && !keepsPeriod(raw) ? raw.slice(0, -1) : raw;
  return { text: value, start, end: start + value.length };
}

function keepsPeriod(value: string): boolean {
  if (ABBREVIATIONS.has(value)) return true;
  // initialisms "U.S." / "D.C." and initials "F."
  return /^(?:\p{Lu}\.)+$/u.test(value) || /^\p{L}(?:\.\p{L})+\.$/u.test(value);
}

/** True when the word starts with an upper-case letter (in any script): "Kyiv", "Ñandú", not "7-Eleven". */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  // ASCII answers without the Unicode regex (most words of English news).
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /^\p{Lu}/u.test(word);
}

/** Drops a possessive ending: "Ukraine’s" → "Ukraine", "Reuters'" stays. */
export function withoutPossessive(word: string): string {
  return word.replace(/[’']s$/u, '');
}
