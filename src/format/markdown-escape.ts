/**
 * CommonMark escaping for text that must read as literal prose, after the CommonMark spec
 * §2.4 (backslash escapes) and §4–5 (block starts): inline specials are escaped anywhere,
 * block markers (`#`, `>`, `-`, `+`, `1.`) only where they would start a block.
 */

/** Inline specials: emphasis, code spans, links/images, autolinks/raw HTML, entity starts. */
const INLINE_SPECIALS = /[\\`*_[\]<>&|~]/g;
/** Line starts that would open a heading, blockquote, bullet, or setext/thematic break: escape the marker. */
const BLOCK_MARKER = /^( {0,3})(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|=+\s*$|-+\s*$)/;
/** An ordered-list start `12.` / `12)`: escape the delimiter, not the digits (CommonMark §5.2). */
const ORDERED_MARKER = /^( {0,3}\d{1,9})([.)])(?=\s|$)/;

export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIALS, (ch) => `\\${ch}`);
}

/** Escapes a block marker at the start of each line of `text` (text already inline-escaped). */
export function escapeBlockStarts(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(BLOCK_MARKER, (_m, indent: string, marker: string) => `${indent}\\${marker}`)
        .replace(ORDERED_MARKER, (_m, number: string, delimiter: string) => `${number}\\${delimiter}`),
    )
    .join('\n');
}

/** Inline code span with a fence longer than any backtick run inside (CommonMark §6.1). */
export function codeSpan(text: string): string {
  const longest = longestBacktickRun(text);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Fenced code block whose fence is longer than any backtick run in the code (CommonMark §4.5). */
export function codeFence(text: string, language?: string): string {
  const longest = longestBacktickRun(text);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language ?? ''}\n${text}\n${fence}`;
}

/** Link destination in angle brackets when it has spaces or parentheses (CommonMark §6.3). */
export function linkDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

/** Length of the longest run of backticks (a loop: code can hold more runs than Math.max(...) takes arguments). */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}
