import { parseAuthors } from './authors.ts';
import { type FieldSource, metaValues, nearHeadline, type SourceContext } from './context.ts';
import { isUrlLike } from './urls.ts';

/**
 * Authors precedence (docs/metadata.md): declared metadata first, visible bylines last.
 * The publisher named as author is kept: WCXB annotates such desk credits as the author
 * (dropping them lowered the author score from 81 % to 80 %).
 */
export const AUTHOR_SOURCES: readonly FieldSource<string[]>[] = [
  { name: 'json-ld', read: (ctx) => names(ctx.ld?.authors ?? []) },
  { name: 'meta-author', read: (ctx) => names(metaValues(ctx, 'author')) },
  // article:author is often a profile URL (Facebook's spec asks for one): URLs are skipped.
  { name: 'article-author', read: (ctx) => names(metaValues(ctx, 'article:author')) },
  { name: 'parsely', read: (ctx) => names(metaValues(ctx, 'parsely-author')) },
  { name: 'sailthru', read: (ctx) => names(metaValues(ctx, 'sailthru.author')) },
  { name: 'dc-creator', read: (ctx) => names(metaValues(ctx, 'dc.creator', 'dcterms.creator')) },
  { name: 'microdata', read: (ctx) => names(texts(ctx.scan.itemprops.get('author'), ctx)) },
  { name: 'byline', read: (ctx) => firstByline(ctx) },
];

function texts(
  hits: readonly { text: string; order: number; inArticle: boolean }[] | undefined,
  ctx: SourceContext,
) {
  return hits ? nearHeadline(hits, ctx).map((h) => h.text) : [];
}

/** Names from several raw values; undefined when none survives cleaning. */
function names(raw: readonly string[]): string[] | undefined {
  const out: string[] = [];
  for (const value of raw) {
    if (isUrlLike(value)) continue;
    for (const name of parseAuthors(value)) {
      if (!out.some((n) => n.toLowerCase() === name.toLowerCase())) out.push(name);
    }
  }
  return out.length > 0 ? out : undefined;
}

/** The first visible byline near the headline that yields names (never one in a teaser list). */
function firstByline(ctx: SourceContext): string[] | undefined {
  for (const hit of nearHeadline(ctx.scan.bylines, ctx)) {
    const found = names([hit.text]);
    if (found) return found;
  }
  return undefined;
}
