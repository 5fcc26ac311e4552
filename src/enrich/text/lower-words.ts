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
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;

/** Per BMP code unit: 0 not yet known, else 1 + (lower-case ? 2 : 0) + (letter ? 4 : 0). */
const bmpClass = new Uint8Array(0x10000);
const IS_LOWER = 2;
const IS_LETTER = 4;

function classOf(text: string, i: number): { flags: number; width: number } {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    const lower = c >= 0x61 && c <= 0x7a;
    return { flags: (lower ? IS_LOWER : 0) | (lower || (c >= 0x41 && c <= 0x5a) ? IS_LETTER : 0), width: 1 };
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const pair = text.slice(i, i + 2);
      return { flags: (LOWER.test(pair) ? IS_LOWER : 0) | (LETTER.test(pair) ? IS_LETTER : 0), width: 2 };
    }
  }
  let known = bmpClass[c] as number;
  if (known === 0) {
    const unit = String.fromCharCode(c);
    known = 1 | (LOWER.test(unit) ? IS_LOWER : 0) | (LETTER.test(unit) ? IS_LETTER : 0);
    bmpClass[c] = known;
  }
  return { flags: known, width: 1 };
}

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
    const here = classOf(text, i);
    if ((here.flags & IS_LOWER) === 0 || before === ascii) {
      i += here.width;
      continue;
    }
    let j = i + here.width;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 0x2019 || d === 0x27) {
        j++;
        continue;
      }
      const next = classOf(text, j);
      if ((next.flags & IS_LETTER) === 0) break;
      j += next.width;
    }
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}
