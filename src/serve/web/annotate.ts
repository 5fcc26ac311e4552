/**
 * The article body with everything the enrich stage found marked in place: quotes
 * (highlighted, with their speaker linked), attributed claims, and entity mentions linked
 * to their entity page. Nesting reuses the formatter's range algorithm (src/format/inline.ts):
 * every annotation travels as a `quote`-kind range whose `quote` index points into this
 * module's own annotation list, so crossing ranges are split exactly as the formats do.
 */

import { safeUrl } from '../../format/html-safe.ts';
import { type InlineNode, type InlineRange, inlineTree } from '../../format/inline.ts';
import type { Article, Block, Mark, Span } from '../../model.ts';
import { type Html, html, readerPath } from './html.ts';

type Annotation =
  | { kind: 'mark'; mark: Mark }
  | { kind: 'quote'; quote: number }
  | { kind: 'claim'; attribution: number }
  | { kind: 'entity'; entity: number };

interface Located {
  annotation: Annotation;
  span: Span;
}

/** Every annotation of the article located in article-text coordinates (marks are added per block). */
export function articleAnnotations(a: Article): Located[] {
  const out: Located[] = [];
  a.quotes.forEach((q, quote) => {
    out.push({ annotation: { kind: 'quote', quote }, span: { start: q.start, end: q.end } });
  });
  a.attributions.forEach((t, attribution) => {
    if (t.claimSpan) out.push({ annotation: { kind: 'claim', attribution }, span: t.claimSpan });
  });
  a.entities.forEach((e, entity) => {
    for (const span of e.mentions) out.push({ annotation: { kind: 'entity', entity }, span });
  });
  return out;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Ranges of one block in its own coordinates. */
function blockRanges(
  block: Block,
  located: readonly Located[],
): { list: Annotation[]; ranges: InlineRange[] } {
  const list: Annotation[] = [];
  const ranges: InlineRange[] = [];
  const add = (annotation: Annotation, start: number, end: number) => {
    ranges.push({ start, end, kind: 'quote', quote: list.length });
    list.push(annotation);
  };
  const marks = block.type === 'paragraph' ? (block.marks ?? []) : [];
  for (const mark of marks) add({ kind: 'mark', mark }, mark.start, mark.end);
  const span = block.span;
  if (!span) return { list, ranges };
  // Anchors never nest (HTML: an <a> may not contain an <a>), so an entity mention that
  // overlaps a page link or another, already linked mention stays plain text.
  const anchors: Span[] = marks.filter((m) => m.kind === 'link');
  for (const { annotation, span: at } of located) {
    if (!overlaps(at, span)) continue;
    const local = {
      start: Math.max(at.start, span.start) - span.start,
      end: Math.min(at.end, span.end) - span.start,
    };
    if (annotation.kind === 'entity') {
      if (anchors.some((taken) => overlaps(taken, local))) continue;
      anchors.push(local);
    }
    add(annotation, local.start, local.end);
  }
  return { list, ranges };
}

const MARK_TAG = { strong: 'strong', emphasis: 'em', code: 'code' } as const;

function renderNode(
  node: InlineNode,
  a: Article,
  list: readonly Annotation[],
  base: string | undefined,
): Html {
  if ('text' in node) return html`${node.text}`;
  const inner = node.children.map((child) => renderNode(child, a, list, base));
  const annotation = list[node.range.quote!]!;
  switch (annotation.kind) {
    case 'mark': {
      const { mark } = annotation;
      if (mark.kind === 'link') return linkAround(mark.href, base, inner);
      const tag = MARK_TAG[mark.kind];
      return tag === 'strong'
        ? html`<strong>${inner}</strong>`
        : tag === 'em'
          ? html`<em>${inner}</em>`
          : html`<code>${inner}</code>`;
    }
    case 'quote': {
      const q = a.quotes[annotation.quote]!;
      const who = q.speaker.name ?? q.speaker.text;
      return html`<mark class="quote ${q.direct ? 'direct' : 'indirect'}" title="${q.cue}: ${who}">${inner}</mark>`;
    }
    case 'claim': {
      const t = a.attributions[annotation.attribution]!;
      const by = t.sources.join(', ') || 'an unnamed source';
      return html`<span class="claim${t.anonymous ? ' anonymous' : ''}" title="Claim attributed to ${by} (${t.cue})">${inner}</span>`;
    }
    case 'entity': {
      const e = a.entities[annotation.entity]!;
      return html`<a class="entity ${e.type.toLowerCase()}" href="${readerPath('entity', e.name)}">${inner}</a>`;
    }
  }
}

/** A page link keeps only safe schemes (format/html-safe.ts `safeUrl`): `javascript:` becomes plain text. */
function linkAround(href: string | undefined, base: string | undefined, inner: Html[]): Html {
  const safe = href === undefined ? undefined : safeUrl(href, base);
  return safe ? html`<a href="${safe}" rel="noopener noreferrer nofollow">${inner}</a>` : html`${inner}`;
}

/** One block's text with its annotations, escaped. */
export function annotatedText(block: Block, text: string, a: Article, located: readonly Located[]): Html {
  const { list, ranges } = blockRanges(block, located);
  const base = a.url ?? a.canonicalUrl;
  return html`${inlineTree(text, ranges).map((node) => renderNode(node, a, list, base))}`;
}
