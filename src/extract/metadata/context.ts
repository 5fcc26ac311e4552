import type { JsonLdFacts } from './json-ld.ts';
import { NEAR_HEADLINE_ELEMENTS } from './rules.ts';
import type { Hit, PageScan } from './scan.ts';

/** What every named source reads from: the one-walk scan, JSON-LD facts and the page URL. */
export interface SourceContext {
  scan: PageScan;
  ld?: JsonLdFacts;
  url?: string;
  /** The headline `<h1>`: the first inside an `<article>`, else the first outside furniture. */
  headline?: Hit;
  /** Document positions of every `<h1>` carrying the headline's text (pages repeat it for mobile/desktop). */
  headlineOrders: number[];
  /** Site names from og:site_name, JSON-LD publisher/WebSite and application-name. */
  siteNames: string[];
}

/** A named source of one field: the unit of the precedence lists (docs/metadata.md). */
export interface FieldSource<T> {
  name: string;
  read: (ctx: SourceContext) => T | undefined;
}

/** First `<meta>` content among `keys`, in key order. */
export function metaValue(ctx: SourceContext, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = ctx.scan.meta.get(key)?.[0];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** All `<meta>` contents among `keys`. */
export function metaValues(ctx: SourceContext, ...keys: string[]): string[] {
  return keys.flatMap((key) => ctx.scan.meta.get(key) ?? []);
}

/** True when the hit sits from `before` elements before an `<h1>` carrying the headline to `after` after it. */
export function aroundHeadline(hit: Hit, ctx: SourceContext, before: number, after: number): boolean {
  return ctx.headlineOrders.some((o) => hit.order >= o - before && hit.order <= o + after);
}

/**
 * Hits "near the headline": from a little before an `<h1>` carrying it (kickers and bylines
 * above it) to NEAR_HEADLINE_ELEMENTS after; failing that, those inside `<article>`; without
 * any `<h1>` or `<article>`, the first three.
 */
export function nearHeadline<T extends Hit>(hits: readonly T[], ctx: SourceContext): T[] {
  const orders = ctx.headlineOrders;
  if (orders.length > 0) {
    const near = hits.filter((hit) => aroundHeadline(hit, ctx, 40, NEAR_HEADLINE_ELEMENTS));
    if (near.length > 0) return near;
  }
  // A promo `<h1>` far from the story (WCXB 4267): the story's `<article>` still holds its byline.
  const inArticle = hits.filter((hit) => hit.inArticle);
  if (inArticle.length > 0 || orders.length > 0) return inArticle;
  return hits.slice(0, 3);
}
