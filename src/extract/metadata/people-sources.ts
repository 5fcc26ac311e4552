import { parseAuthors } from './authors.ts';
import { type FieldSource, metaValues, nearHeadline, type SourceContext } from './context.ts';
import { isSiteSegment } from './title.ts';
import { hostOf, isUrlLike } from './urls.ts';

/**
 * Authors precedence (docs/metadata.md): declared metadata first, visible bylines next.
 * A source naming only the site itself ("USA TODAY", "Cleveland Clinic" as meta author,
 * WCXB 0106/0027) yields to the later ones; `site-as-author` takes it when nothing else names anyone.
 */
export const AUTHOR_SOURCES: readonly FieldSource<string[]>[] = [
  { name: 'json-ld', read: (ctx) => people(ctx.ld?.authors ?? [], ctx) },
  { name: 'meta-author', read: (ctx) => people(metaValues(ctx, 'author'), ctx) },
  // article:author is often a profile URL (Facebook's spec asks for one): URLs are skipped.
  { name: 'article-author', read: (ctx) => people(metaValues(ctx, 'article:author'), ctx) },
  { name: 'parsely', read: (ctx) => people(metaValues(ctx, 'parsely-author'), ctx) },
  { name: 'sailthru', read: (ctx) => people(metaValues(ctx, 'sailthru.author'), ctx) },
  { name: 'dc-creator', read: (ctx) => people(metaValues(ctx, 'dc.creator', 'dcterms.creator'), ctx) },
  { name: 'microdata', read: (ctx) => people(texts(ctx.scan.itemprops.get('author'), ctx), ctx) },
  { name: 'byline', read: (ctx) => firstByline(ctx) },
  {
    name: 'site-as-author',
    read: (ctx) => names([...(ctx.ld?.authors ?? []), ...metaValues(ctx, 'author')]),
  },
];

/** Names unless every one of them is the site's own name. */
function people(raw: readonly string[], ctx: SourceContext): string[] | undefined {
  const found = names(raw);
  if (!found) return undefined;
  const site = { siteNames: ctx.siteNames, host: hostOf(ctx.url) };
  return found.every((name) => isSiteSegment(name, site)) ? undefined : found;
}

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
    const found = people([hit.text], ctx);
    if (found) return found;
  }
  return undefined;
}
