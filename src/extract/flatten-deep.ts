/**
 * htmlparser2 keeps its open-element stack with `unshift`/`shift`, so parsing costs grow
 * with the square of the nesting depth: 100 000 nested `<div>`s took 12 s here. Before
 * parsing a large page, this linear pre-pass drops the tags (not the text) of elements
 * nested deeper than `maxDepth`, so the parser never sees the pathological depth.
 *
 * The depth count is approximate on purpose: void elements and elements whose end tags
 * are often left out (`p`, `li`, `td` …) are not counted, so sloppy real pages are never
 * flattened by mistake; only genuinely deep nesting is.
 */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;

const UNCOUNTED: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
]);

/** Pages shorter than this are parsed as they are: deep nesting needs many bytes. */
export const FLATTEN_MIN_CHARS = 300_000;

export function flattenDeepMarkup(html: string, maxDepth: number): { html: string; dropped: number } {
  if (html.length < FLATTEN_MIN_CHARS) return { html, dropped: 0 };
  const kept: string[] = [];
  let from = 0;
  let depth = 0;
  let dropped = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (UNCOUNTED.has(name) || match[3] === '/') continue;
    const closing = match[1] === '/';
    const level = closing ? depth : depth + 1;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (level <= maxDepth) continue;
    kept.push(html.slice(from, match.index));
    from = match.index + match[0].length;
    dropped++;
  }
  if (dropped === 0) return { html, dropped };
  kept.push(html.slice(from));
  return { html: kept.join(''), dropped };
}
