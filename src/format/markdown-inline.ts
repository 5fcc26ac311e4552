/** Renders a block's inline tree (marks + quotes) as CommonMark/GFM inline text. */
import type { Block, Quote } from '../model.ts';
import { overlapsAny } from '../util/span-search.ts';
import { safeUrl } from './html-safe.ts';
import { blockInlines, type InlineNode, type InlineRange } from './inline.ts';
import { codeSpan, escapeInline, linkDestination } from './markdown-escape.ts';

export interface InlineContext {
  quotes: readonly Quote[];
  /** Base for relative link targets (the article URL). */
  base?: string;
}

/** Footnote label of quote `index`: `q1`, `q2` … (GFM footnotes). */
export function quoteLabel(index: number): string {
  return `q${index + 1}`;
}

function plain(nodes: readonly InlineNode[]): string {
  return nodes.map((n) => ('text' in n ? n.text : plain(n.children))).join('');
}

/**
 * Emphasis delimiters must touch non-space text (CommonMark §6.2 left/right-flanking),
 * so surrounding whitespace moves outside the delimiters: `** a **` would not be bold.
 */
function wrap(inner: string, delimiter: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  const [, lead, core, trail] = match;
  return core ? `${lead}${delimiter}${core}${delimiter}${trail}` : inner;
}

/** True when this piece of a quote ends where the quote ends inside the block: the marker goes there. */
function endsQuote(range: InlineRange, block: Block, quotes: readonly Quote[]): boolean {
  const quote = quotes[range.quote ?? -1];
  if (!quote || !block.span) return false;
  return range.end === Math.min(quote.end, block.span.end) - block.span.start;
}

function renderRange(
  range: InlineRange,
  children: readonly InlineNode[],
  block: Block,
  ctx: InlineContext,
): string {
  const inner = renderNodes(children, block, ctx);
  switch (range.kind) {
    case 'code':
      return codeSpan(plain(children));
    case 'strong':
      return wrap(inner, '**');
    case 'emphasis':
      return wrap(inner, '*');
    case 'link': {
      const href = range.href === undefined ? undefined : safeUrl(range.href, ctx.base);
      return href ? `[${inner}](${linkDestination(href)})` : inner;
    }
    case 'quote':
      return endsQuote(range, block, ctx.quotes) ? `${inner}[^${quoteLabel(range.quote!)}]` : inner;
  }
}

function renderNodes(nodes: readonly InlineNode[], block: Block, ctx: InlineContext): string {
  return nodes
    .map((node) =>
      'text' in node ? escapeInline(node.text) : renderRange(node.range, node.children, block, ctx),
    )
    .join('');
}

/** Blocks whose text is rendered through `markdownInline`, so quotes inside them get a marker. */
const MARKED_BLOCKS: ReadonlySet<Block['type']> = new Set(['paragraph', 'heading', 'quote', 'embed']);

/**
 * Indexes of the quotes that get a `[^qN]` marker in the body (they overlap a marked block),
 * looked up by position: testing every block for every quote took 7 s for 20 000 one-quote
 * paragraphs.
 */
export function markedQuotes(a: { blocks: readonly Block[]; quotes: readonly Quote[] }): Set<number> {
  const inMarkedBlock = overlapsAny(
    a.blocks.flatMap((b) => (MARKED_BLOCKS.has(b.type) && b.span ? [b.span] : [])),
  );
  const out = new Set<number>();
  a.quotes.forEach((q, i) => {
    if (inMarkedBlock(q)) out.add(i);
  });
  return out;
}

/** Inline Markdown of a block's `text` (paragraph marks and the quotes inside it). */
export function markdownInline(block: Block, text: string, ctx: InlineContext): string {
  return renderNodes(blockInlines(block, text, ctx.quotes), block, ctx).replace(/\n/g, ' ');
}
