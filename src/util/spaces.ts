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
