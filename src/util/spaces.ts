/**
 * True for exactly the characters the regex class `\s` matches (ECMA-262 WhiteSpace and
 * LineTerminator: ASCII spaces, NBSP, the Unicode Zs spaces, U+2028/9 and the BOM), by
 * comparisons: scanners that replace a `\s` regex on every text node or paragraph use it.
 */
export function isRegexSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 160 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000 ||
    code === 0x1680 ||
    code === 0x202f ||
    code === 0x205f
  );
}

/**
 * Every run of `\s` characters as one space: `text.replace(/\s+/g, ' ')`, the same string,
 * but this regex leaves the single spaces between words alone instead of replacing each one
 * with itself (2–3× faster on article text, where nearly every run is one space). A maximal
 * run of two or more matches `\s{2,}` from its first character; a lone non-space `\s` (a
 * newline, a tab, an NBSP) matches `[^\S ]`.
 *
 * Only for strings that are used and dropped (a hash's input, a search snippet): a text left
 * unchanged comes back as the same string, and a slice of a page's HTML keeps the whole page
 * alive for as long as it is held. Using it for extracted fields raised bench:speed's peak
 * RSS by 28 MB (282–286 → 312–314 MB, runs alternated), so the extract stage keeps
 * `replace(/\s+/g, ' ')`, whose output is a fresh string whenever it holds a space.
 */
export function collapseSpaces(text: string): string {
  return text.replace(COLLAPSIBLE, ' ');
}

const COLLAPSIBLE = /\s{2,}|[^\S ]/g;
