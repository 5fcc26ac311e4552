/**
 * Inline structure of one block's text for the rich formats (Markdown, HTML, TEI):
 * the block's own marks (links, strong, emphasis, code) plus the enrich stage's quotes,
 * turned into a properly nested tree. Marks may cross each other (`<b>a<i>b</b>c</i>`
 * in the source page); a crossing range is split at its parent's end so every renderer
 * can emit well-formed, nested markup (the same fix HTML parsers apply to misnested tags).
 */
import type { Block, Mark, Quote, Span } from '../model.ts';
import { overlapping } from '../util/span-search.ts';

export type InlineKind = Mark['kind'] | 'quote';

export interface InlineRange {
  start: number;
  end: number;
  kind: InlineKind;
  href?: string;
  /** Index into `article.quotes` for `quote` ranges. */
  quote?: number;
}

export type InlineNode = { text: string } | { range: InlineRange; children: InlineNode[] };

/**
 * Outer-to-inner order when two ranges cover exactly the same text: a quote wraps a
 * link, a link wraps emphasis, and code is innermost because nothing may sit inside it.
 */
const NESTING_RANK: Record<InlineKind, number> = { quote: 0, link: 1, strong: 2, emphasis: 3, code: 4 };

function byStartThenOuter(a: InlineRange, b: InlineRange): number {
  return a.start - b.start || b.end - a.end || NESTING_RANK[a.kind] - NESTING_RANK[b.kind];
}

/**
 * Quotes overlapping a block, clipped into the block's own coordinates (quotes point into
 * article text), in quote order. Looked up by position in a lookup built once per article's
 * quotes, not by testing every quote for every block (20 000 one-quote paragraphs: 7.8 s of
 * Markdown).
 */
export function quoteRanges(block: Block, quotes: readonly Quote[]): InlineRange[] {
  const span = block.span;
  if (!span) return [];
  const out: InlineRange[] = [];
  for (const i of quotesOverlapping(quotes)(span)) {
    const quote = quotes[i]!;
    const start = Math.max(quote.start, span.start) - span.start;
    const end = Math.min(quote.end, span.end) - span.start;
    if (end > start) out.push({ start, end, kind: 'quote', quote: i });
  }
  return out;
}

const OVERLAP_LOOKUPS = new WeakMap<readonly Quote[], (s: Span) => number[]>();

function quotesOverlapping(quotes: readonly Quote[]): (s: Span) => number[] {
  let lookup = OVERLAP_LOOKUPS.get(quotes);
  if (lookup === undefined) {
    lookup = overlapping(quotes);
    OVERLAP_LOOKUPS.set(quotes, lookup);
  }
  return lookup;
}

/**
 * Splits crossing ranges so the result nests; drops empty and out-of-text ranges.
 * The work list is read by index and a split-off rest is inserted where a stable re-sort
 * would put it (after its equals): `shift()` and a sort per split made a paragraph of
 * 60 000 links take seconds to render, growing with the square of its marks.
 */
export function nestRanges(ranges: readonly InlineRange[], length: number): InlineRange[] {
  const work = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort(byStartThenOuter);
  const out: InlineRange[] = [];
  const stack: InlineRange[] = [];
  for (let next = 0; next < work.length; next++) {
    let range = work[next]!;
    while (stack.length > 0 && stack[stack.length - 1]!.end <= range.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && range.end > parent.end) {
      const rest = { ...range, start: parent.end };
      work.splice(insertionPoint(work, rest, next + 1), 0, rest);
      range = { ...range, end: parent.end };
    }
    if (parent?.kind === 'code') continue; // nothing renders inside code
    out.push(range);
    stack.push(range);
  }
  return out;
}

/** First index at or after `from` whose range sorts after `range` (binary search: `work` is sorted from there on). */
function insertionPoint(work: readonly InlineRange[], range: InlineRange, from: number): number {
  let lo = from;
  let hi = work.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byStartThenOuter(work[mid]!, range) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the inline tree of `text` from already nested ranges (as returned by `nestRanges`). */
export function inlineTree(text: string, ranges: readonly InlineRange[]): InlineNode[] {
  const nested = nestRanges(ranges, text.length);
  let index = 0;
  function build(start: number, end: number): InlineNode[] {
    const nodes: InlineNode[] = [];
    let cursor = start;
    while (index < nested.length && nested[index]!.start < end) {
      const range = nested[index++]!;
      if (range.start > cursor) nodes.push({ text: text.slice(cursor, range.start) });
      nodes.push({ range, children: build(range.start, range.end) });
      cursor = range.end;
    }
    if (end > cursor) nodes.push({ text: text.slice(cursor, end) });
    return nodes;
  }
  return build(0, text.length);
}

/** The inline tree of a paragraph-like block: its marks plus the quotes that fall inside it. */
export function blockInlines(block: Block, text: string, quotes: readonly Quote[]): InlineNode[] {
  const marks: InlineRange[] = block.type === 'paragraph' ? [...(block.marks ?? [])] : [];
  return inlineTree(text, [...marks, ...quoteRanges(block, quotes)]);
}
