/**
 * Markdown (CommonMark + GFM tables and footnotes) rendering of an Article. Layout and
 * conventions are documented in docs/formats.md: `# title`, a metadata line, the body
 * with the dateline lead-in in bold, figures as images with `*caption* — Photo: credit`,
 * quote markers `[^q1]` resolved in a "## Quotes" footnote list, then attributed claims
 * and "## Related" teasers.
 */
import type { Article, Block, FigureBlock, TableBlock } from '../model.ts';
import { safeUrl } from './html-safe.ts';
import { datelineLabel } from './labels.ts';
import { codeFence, escapeBlockStarts, escapeInline, linkDestination } from './markdown-escape.ts';
import { type InlineContext, markdownInline } from './markdown-inline.ts';
import {
  attributionSection,
  bylineLine,
  quoteSection,
  relatedSection,
  trailerLine,
} from './markdown-sections.ts';

function cell(text: string): string {
  return escapeInline(text.replace(/\s*\n\s*/g, ' ')).trim();
}

/** GFM tables need a header row; a header-less table gets an empty one. */
function table(block: TableBlock): string {
  const width = block.rows.reduce((widest, r) => Math.max(widest, r.length), 1);
  const pad = (row: readonly string[]) => Array.from({ length: width }, (_, i) => cell(row[i] ?? ''));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const [first, ...rest] = block.rows;
  const head = block.header && first ? pad(first) : pad([]);
  const body = block.header ? rest : block.rows;
  return [line(head), line(head.map(() => '---')), ...body.map((r) => line(pad(r)))].join('\n');
}

function figure(block: FigureBlock, base?: string): string | undefined {
  const lines: string[] = [];
  const src = block.src === undefined ? undefined : safeUrl(block.src, base, 'media');
  if (src) lines.push(`![${escapeInline(block.alt ?? '')}](${linkDestination(src)})`);
  const under: string[] = [];
  if (block.caption) under.push(`*${escapeInline(block.caption)}*`);
  if (block.credit) under.push(`Photo: ${escapeInline(block.credit)}`);
  if (under.length > 0) lines.push(under.join(' — '));
  return lines.length > 0 ? lines.join('\n') : undefined;
}

function blockquote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function renderBlock(block: Block, ctx: InlineContext): string | undefined {
  switch (block.type) {
    case 'heading':
      // One H1 per document (the title), so body headings start at level 2.
      return `${'#'.repeat(Math.max(2, block.level))} ${markdownInline(block, block.text, ctx)}`;
    case 'paragraph':
      return escapeBlockStarts(markdownInline(block, block.text, ctx));
    case 'list':
      return block.items
        .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${escapeBlockStarts(cell(item))}`)
        .join('\n');
    case 'table':
      return table(block);
    case 'quote': {
      const lines = [escapeBlockStarts(markdownInline(block, block.text, ctx))];
      if (block.cite) lines.push('', `— ${escapeInline(block.cite)}`);
      return blockquote(lines.join('\n'));
    }
    case 'code':
      return codeFence(block.text, block.language);
    case 'embed': {
      const href = block.url === undefined ? undefined : safeUrl(block.url, ctx.base);
      const source = [block.provider ? escapeInline(block.provider) : 'Embedded post'];
      if (href) source.push(`<${href}>`);
      return blockquote(
        `${escapeBlockStarts(markdownInline(block, block.text, ctx))}\n\n— ${source.join(', ')}`,
      );
    }
    case 'figure':
      return figure(block, ctx.base);
  }
}

/** Renders the body blocks; the first paragraph is led by the bold dateline when there is one. */
function body(a: Article, ctx: InlineContext): string[] {
  const out: string[] = [];
  let datelinePending = a.dateline !== null;
  for (const block of a.blocks) {
    let rendered = renderBlock(block, ctx);
    if (rendered === undefined) continue;
    if (datelinePending && block.type === 'paragraph' && a.dateline) {
      rendered = `**${escapeInline(datelineLabel(a.dateline))}** — ${rendered}`;
      datelinePending = false;
    }
    out.push(rendered);
  }
  return out;
}

/** The article as Markdown, ending with one newline. */
export function toMarkdown(a: Article): string {
  const ctx: InlineContext = { quotes: a.quotes, base: a.url ?? a.canonicalUrl };
  const parts: (string | undefined)[] = [
    a.title ? `# ${escapeInline(a.title)}` : undefined,
    bylineLine(a),
    ...body(a, ctx),
    trailerLine(a),
    quoteSection(a),
    attributionSection(a),
    relatedSection(a),
  ];
  return `${parts.filter((p) => p !== undefined && p.length > 0).join('\n\n')}\n`;
}
