/**
 * Sanitized HTML of an Article, built element by element from the block model (nothing
 * from the page's own markup passes through). Every tag and attribute goes through the
 * html-safe.ts whitelist; text through escapeHtml; URLs through safeUrl. Quotes are
 * `<mark class="quote direct|indirect" data-speaker data-cue>` (not `<q>`, whose CSS
 * quotation marks would double the marks already in the text).
 */
import type { Article, Block, Quote } from '../model.ts';
import { element, escapeHtml, openTag, safeUrl } from './html-safe.ts';
import { articleFooter, articleHeader } from './html-sections.ts';
import { blockInlines, type InlineNode } from './inline.ts';
import { datelineLabel } from './labels.ts';

interface HtmlContext {
  quotes: readonly Quote[];
  base?: string;
}

const INLINE_TAG = { strong: 'strong', emphasis: 'em', code: 'code' } as const;

function inline(nodes: readonly InlineNode[], ctx: HtmlContext): string {
  return nodes
    .map((node) => {
      if ('text' in node) return escapeHtml(node.text);
      const inner = inline(node.children, ctx);
      const { range } = node;
      if (range.kind === 'link') {
        const href = range.href === undefined ? undefined : safeUrl(range.href, ctx.base);
        return href ? element('a', { href }, inner) : inner;
      }
      if (range.kind === 'quote') {
        const q = ctx.quotes[range.quote!]!;
        const attrs = { class: `quote ${q.direct ? 'direct' : 'indirect'}`, 'data-cue': q.cue };
        return element('mark', { ...attrs, 'data-speaker': q.speaker.name ?? q.speaker.text }, inner);
      }
      return element(INLINE_TAG[range.kind], {}, inner);
    })
    .join('');
}

function rich(block: Block, text: string, ctx: HtmlContext): string {
  return inline(blockInlines(block, text, ctx.quotes), ctx);
}

function tableHtml(rows: readonly string[][], header: boolean): string {
  const row = (cells: readonly string[], tag: 'th' | 'td') =>
    element('tr', {}, cells.map((c) => element(tag, {}, escapeHtml(c))).join(''));
  const [first, ...rest] = rows;
  const head = header && first ? element('thead', {}, row(first, 'th')) : '';
  return element(
    'table',
    {},
    head + element('tbody', {}, (header ? rest : rows).map((r) => row(r, 'td')).join('')),
  );
}

function figureHtml(block: Extract<Block, { type: 'figure' }>, ctx: HtmlContext): string {
  const src = block.src === undefined ? undefined : safeUrl(block.src, ctx.base, 'media');
  const img = src ? openTag('img', { src, alt: block.alt ?? '' }) : '';
  const caption = block.caption ? escapeHtml(block.caption) : '';
  const credit = block.credit
    ? element('small', { class: 'credit' }, `Photo: ${escapeHtml(block.credit)}`)
    : '';
  const figcaption =
    caption || credit ? element('figcaption', {}, [caption, credit].filter(Boolean).join(' ')) : '';
  return element('figure', {}, img + figcaption);
}

function blockHtml(block: Block, ctx: HtmlContext): string {
  switch (block.type) {
    case 'heading':
      return element(`h${Math.max(2, block.level)}`, {}, rich(block, block.text, ctx));
    case 'paragraph':
      return element('p', {}, rich(block, block.text, ctx));
    case 'list':
      return element(
        block.ordered ? 'ol' : 'ul',
        {},
        block.items.map((item) => element('li', {}, escapeHtml(item))).join(''),
      );
    case 'table':
      return tableHtml(block.rows, block.header);
    case 'quote': {
      const cite = block.cite ? element('footer', {}, element('cite', {}, escapeHtml(block.cite))) : '';
      return element('blockquote', {}, element('p', {}, rich(block, block.text, ctx)) + cite);
    }
    case 'code': {
      const cls = block.language ? `language-${block.language.replace(/[^\w+-]/g, '')}` : undefined;
      return element('pre', {}, element('code', { class: cls }, escapeHtml(block.text)));
    }
    case 'embed': {
      const href = block.url === undefined ? undefined : safeUrl(block.url, ctx.base);
      const label = escapeHtml(block.provider ?? 'Embedded post');
      const source = element('footer', {}, href ? element('a', { href }, label) : label);
      return element('blockquote', {}, element('p', {}, rich(block, block.text, ctx)) + source);
    }
    case 'figure':
      return figureHtml(block, ctx);
  }
}

/** The `<article>` fragment: header, body (dateline marked), trailer credits, claims, related. */
export function toHtmlFragment(a: Article): string {
  const ctx: HtmlContext = { quotes: a.quotes, base: a.url ?? a.canonicalUrl };
  const parts = [articleHeader(a)];
  let datelinePending = a.dateline !== null;
  for (const block of a.blocks) {
    let html = blockHtml(block, ctx);
    if (datelinePending && a.dateline && block.type === 'paragraph') {
      const mark = element('span', { class: 'dateline' }, escapeHtml(datelineLabel(a.dateline)));
      html = html.replace(/^<p>/, `<p>${mark} — `);
      datelinePending = false;
    }
    parts.push(html);
  }
  parts.push(...articleFooter(a, ctx));
  return element('article', { lang: a.language }, `\n${parts.filter(Boolean).join('\n')}\n`);
}

/** A complete, standalone HTML document around the fragment. */
export function toHtml(a: Article): string {
  const head = element(
    'head',
    {},
    openTag('meta', { charset: 'utf-8' }) + element('title', {}, escapeHtml(a.title ?? '')),
  );
  return `<!DOCTYPE html>\n${element('html', { lang: a.language }, `${head}\n${element('body', {}, `\n${toHtmlFragment(a)}\n`)}`)}\n`;
}
