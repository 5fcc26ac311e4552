/**
 * Unicode classes of one code point, for enrich's hand-written scanners (word-scan.ts,
 * lower-words.ts), which replace regexes run over every article text. ASCII is answered by
 * comparisons; other BMP code units by the regex classes once each, remembered in one table.
 */

/** `\p{L}` */
export const LETTER = 1;
/** `\p{Ll}` */
export const LOWER = 2;
/** `\p{N}` */
export const NUMBER = 4;
/** The code point is a surrogate pair: it is two code units wide. */
export const PAIR = 8;
/** Table marker: the code unit's classes are known (a code unit in no class is not 0). */
const KNOWN = 16;

const LETTER_RE = /^\p{L}$/u;
const LOWER_RE = /^\p{Ll}$/u;
const NUMBER_RE = /^\p{N}$/u;

const bmpClasses = new Uint8Array(0x10000);

function classesOf(char: string): number {
  return (
    (LETTER_RE.test(char) ? LETTER : 0) |
    (LOWER_RE.test(char) ? LOWER : 0) |
    (NUMBER_RE.test(char) ? NUMBER : 0)
  );
}

/**
 * The classes of the code point at `i`, read no further than `limit` (a pair cut by it is a
 * lone surrogate, in no class); 0 at or past `limit`. As a regex with the `u` flag reads it.
 */
export function codePointClasses(text: string, i: number, limit: number): number {
  if (i >= limit) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return LETTER | LOWER;
    if (c >= 0x41 && c <= 0x5a) return LETTER;
    return c >= 0x30 && c <= 0x39 ? NUMBER : 0;
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < limit) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classesOf(text.slice(i, i + 2)) | PAIR;
  }
  let known = bmpClasses[c] as number;
  if (known === 0) {
    known = classesOf(String.fromCharCode(c)) | KNOWN;
    bmpClasses[c] = known;
  }
  return known & ~KNOWN;
}

/** Code units a code point of these classes takes: 2 for a surrogate pair, else 1. */
export function widthOf(classes: number): number {
  return classes & PAIR ? 2 : 1;
}
