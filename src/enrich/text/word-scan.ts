/**
 * The word pattern of the enrich stage, scanned by hand:
 *
 *   /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*\.?/u
 *
 * (letters and digits in any script, joined by apostrophes, hyphens, periods and ampersands,
 * with one final period). Why not the regex: every page's text is tokenised, and `exec`
 * built a match object per word — the tokeniser had become a twentieth of the pipeline.
 * ASCII is answered by comparisons; other characters by the regex class once per code unit,
 * remembered. word-scan.test.ts checks the scan against the regex.
 */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Per BMP code unit: 0 not yet known, 1 letter or digit, 2 neither. */
const bmpClass = new Uint8Array(0x10000);

/** Length (1, or 2 for a surrogate pair) of the letter or digit at `i`, or 0 when there is none before `limit`. */
export function letterOrDigitAt(text: string, i: number, limit: number): number {
  if (i >= limit) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < limit) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = bmpClass[c] as number;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    bmpClass[c] = known;
  }
  return known === 1 ? 1 : 0;
}

function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 0x27 || c === 0x2d || c === 0x2e || c === 0x26;
}

/** End of the word that starts at `start` (a letter or digit), reading no further than `limit`. */
export function wordEnd(text: string, start: number, limit: number): number {
  let i = start;
  for (;;) {
    let k = letterOrDigitAt(text, i, limit);
    while (k > 0) {
      i += k;
      k = letterOrDigitAt(text, i, limit);
    }
    if (i < limit && isJoiner(text.charCodeAt(i))) {
      const after = letterOrDigitAt(text, i + 1, limit);
      if (after > 0) {
        i += 1 + after;
        continue;
      }
    }
    return i < limit && text.charCodeAt(i) === 0x2e ? i + 1 : i;
  }
}
