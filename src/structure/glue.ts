import type { Credit } from '../model.ts';
import { isRegexSpace } from '../util/spaces.ts';
import { parseCredit } from './credit.ts';
import { type DatelineMatch, parseDateline } from './dateline.ts';

/** A line un-glued into caption, photo credit, the next story's dateline and its lead. */
export interface Unglued {
  caption: string;
  credit?: Credit;
  dateline?: DatelineMatch;
  /** Text after the dateline (absent when the line ends with the credit). */
  lead?: string;
}

/**
 * Separators before a glued credit: em/en dash or `--` with or without spaces, a hyphen
 * after sentence punctuation (`Museum.-AFP`) or between spaces. A hyphen inside a word
 * (`anti-government`) is never one. Seed page: `Museum. —AFP/File`, `systems.—X@…`, `man. — APP/File`.
 * As a regex: /\s*(?:—|–|--|(?<=[.!?"”’)])\s?-|\s-)\s*\/g. It is scanned by hand from each
 * dash instead, because that regex, tried at every position of every paragraph, was 1.5 % of
 * the pipeline; glue.test.ts holds the scan to the regex.
 */
export function creditSeparators(line: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let d = 0; d < line.length; d++) {
    const c = line.charCodeAt(d);
    if (c !== EM_DASH && c !== EN_DASH && c !== HYPHEN) continue;
    const previousEnd = out[out.length - 1]?.end ?? 0;
    let end = d + 1;
    if (c === HYPHEN) {
      if (line.charCodeAt(d + 1) === HYPHEN) end = d + 2;
      // A space before the hyphen counts only if the previous separator did not take it.
      else if (
        !(d - 1 >= previousEnd && isSpaceAt(line, d - 1)) &&
        !SENTENCE_PUNCTUATION.has(line.charCodeAt(d - 1))
      )
        continue;
    }
    // The regex's leading \s* belongs to the match (callers trim the caption before it).
    let start = d;
    while (start > previousEnd && isSpaceAt(line, start - 1)) start--;
    while (end < line.length && isSpaceAt(line, end)) end++;
    out.push({ start, end });
    d = end - 1;
  }
  return out;
}

const EM_DASH = 0x2014;
const EN_DASH = 0x2013;
const HYPHEN = 0x2d;
/** `.!?"”’)`: the characters after which a hyphen is a separator. */
const SENTENCE_PUNCTUATION: ReadonlySet<number> = new Set([0x2e, 0x21, 0x3f, 0x22, 0x201d, 0x2019, 0x29]);
function isSpaceAt(line: string, i: number): boolean {
  return i >= 0 && i < line.length && isRegexSpace(line.charCodeAt(i));
}

/** Sentence end followed directly by an upper-case city, no credit between (`…Berlin.MUNICH: …`). */
const SENTENCE_END_RE = /[.!?”"]\s*(?=[A-ZÀ-Þ][A-ZÀ-Þ])/g;
/** Longest credit glued before a dateline (`—X@IuliiaMendelSTOCKHOLM`). */
const MAX_CREDIT_CHARS = 60;
/** Captions shorter than this are not captions (`— AFP` alone is a trailer). */
const MIN_CAPTION_CHARS = 8;

/**
 * Splits `caption —CREDITCITY: lead` and `caption —CREDIT` (issue 3 item 3). Returns
 * undefined when the line has no credit after a separator and no glued dateline.
 */
export function unglue(line: string): Unglued | undefined {
  for (const sep of creditSeparators(line)) {
    const caption = line.slice(0, sep.start).trim();
    if (caption.length < MIN_CAPTION_CHARS) continue;
    const rest = line.slice(sep.end);
    const whole = parseCredit(rest, 'photo', { allowPerson: true });
    if (whole) return { caption, credit: whole };
    const glued = creditThenDateline(rest);
    if (glued) return { caption, ...glued };
  }
  return captionThenDateline(line);
}

function creditThenDateline(rest: string): Omit<Unglued, 'caption'> | undefined {
  const limit = Math.min(rest.length, MAX_CREDIT_CHARS);
  for (let p = 1; p < limit; p++) {
    // Glued datelines are upper-case cities (`…/FileROME:`); two capitals in a row is a cheap pre-check.
    if (!isUpper(rest.charCodeAt(p)) || !isUpper(rest.charCodeAt(p + 1))) continue;
    const credit = parseCredit(rest.slice(0, p), 'photo', { allowPerson: true });
    if (!credit) continue;
    const dateline = parseDateline(rest.slice(p));
    if (dateline?.city) return { credit, dateline, lead: rest.slice(p + dateline.length) };
  }
  return undefined;
}

function captionThenDateline(line: string): Unglued | undefined {
  for (const end of line.matchAll(SENTENCE_END_RE)) {
    const at = end.index + end[0].length;
    if (at < MIN_CAPTION_CHARS) continue;
    const dateline = parseDateline(line.slice(at));
    if (!dateline?.city || dateline.style === 'caps-dash') continue;
    return { caption: line.slice(0, end.index + 1).trim(), dateline, lead: line.slice(at + dateline.length) };
  }
  return undefined;
}

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde);
}
