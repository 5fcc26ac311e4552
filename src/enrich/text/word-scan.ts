/**
 * The word pattern of the enrich stage, scanned by hand:
 *
 *   /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*\.?/u
 *
 * (letters and digits in any script, joined by apostrophes, hyphens, periods and ampersands,
 * with one final period). Why not the regex: every page's text is tokenised, and `exec`
 * built a match object per word — the tokeniser had become a twentieth of the pipeline.
 * Code points are classed by code-points.ts. word-scan.test.ts checks the scan against the regex.
 */
import { codePointClasses, LETTER, NUMBER, widthOf } from './code-points.ts';

/** Length (1, or 2 for a surrogate pair) of the letter or digit at `i`, or 0 when there is none before `limit`. */
export function letterOrDigitAt(text: string, i: number, limit: number): number {
  const classes = codePointClasses(text, i, limit);
  return classes & (LETTER | NUMBER) ? widthOf(classes) : 0;
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
