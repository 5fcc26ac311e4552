/**
 * The words of a text that begin with a lower-case letter, as
 *
 *   text.match(/\b\p{Ll}[\p{L}’']*\/gu)
 *
 * finds them, scanned by hand: that regex ran over every article text and was a fiftieth of
 * the pipeline. Its quirks are kept on purpose (entities compare against it): `\b` is ASCII
 * even in /u mode, so a non-ASCII lower-case letter starts a word only right after an ASCII
 * letter, digit or underscore ("xé" → "é"; " élan" → "lan"). lower-words.test.ts checks the
 * scan against the regex.
 */

import { checkPageBudget } from '../../util/page-budget.ts';
import { codePointClasses, LETTER, LOWER, widthOf } from './code-points.ts';

/** ASCII `\w`: the only word characters `\b` knows. */
function isAsciiWord(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;
}

export function lowerCaseWords(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    const ascii = c < 0x80;
    // Cheap refusals first: ASCII that is not a-z, or a word character before an ASCII letter.
    if (ascii && (c < 0x61 || c > 0x7a)) {
      i++;
      continue;
    }
    const before = i > 0 && isAsciiWord(text.charCodeAt(i - 1));
    const here = codePointClasses(text, i, n);
    if ((here & LOWER) === 0 || before === ascii) {
      i += widthOf(here);
      continue;
    }
    checkPageBudget();
    let j = i + widthOf(here);
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 0x2019 || d === 0x27) {
        j++;
        continue;
      }
      const next = codePointClasses(text, j, n);
      if ((next & LETTER) === 0) break;
      j += widthOf(next);
    }
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}
