import { parseAuthors } from './authors.ts';
import { type FieldSource, metaValues, nearHeadline, type SourceContext } from './context.ts';
import { isUrlLike } from './urls.ts';

/**
 * Authors precedence (docs/metadata.md): declared metadata first, visible bylines last.
 * The publisher named as author is kept: WCXB annotates such desk credits as the author
 * (dropping them lowered the author score from 81 % to 80 %), unless JSON-LD credits only
 * Organizations and a printed byline names someone (ldAuthors).
 */
export const AUTHOR_SOURCES: readonly FieldSource<string[]>[] = [
  { name: 'json-ld', read: (ctx) => ldAuthors(ctx) },
  { name: 'meta-author', read: (ctx) => names(metaValues(ctx, 'author')) },
  // article:author is often a profile URL (Facebook's spec asks for one): URLs are skipped.
  { name: 'article-author', read: (ctx) => names(metaValues(ctx, 'article:author')) },
  { name: 'parsely', read: (ctx) => names(metaValues(ctx, 'parsely-author')) },
  { name: 'sailthru', read: (ctx) => names(metaValues(ctx, 'sailthru.author')) },
  { name: 'dc-creator', read: (ctx) => names(metaValues(ctx, 'dc.creator', 'dcterms.creator')) },
  // Highwire Press tags, one per author, on journal pages (Google Scholar's spec; WCXB 4055, 4063).
  { name: 'citation', read: (ctx) => names(metaValues(ctx, 'citation_author').map(firstNameFirst)) },
  { name: 'twitter-label', read: (ctx) => names(labelledTwitterData(ctx)) },
  { name: 'microdata', read: (ctx) => names(texts(ctx.scan.itemprops.get('author'), ctx)) },
  { name: 'byline', read: (ctx) => firstByline(ctx) },
];

function texts(
  hits: readonly { text: string; order: number; inArticle: boolean }[] | undefined,
  ctx: SourceContext,
) {
  return hits ? nearHeadline(hits, ctx).map((h) => h.text) : [];
}

/** "Roy, Aniruddha" (Highwire's usual "Last, First" order, WCXB 0380) → "Aniruddha Roy". */
export function firstNameFirst(value: string): string {
  const match = /^([^,]+),\s*([^,]+)$/.exec(value.trim());
  return match ? `${match[2]} ${match[1]}` : value;
}

/** Twitter card label/data pairs this many deep (Yoast writes label1/data1 and label2/data2). */
const TWITTER_LABEL_PAIRS = 4;

/**
 * `twitter:dataN` whose `twitter:labelN` says "Written by" (Yoast SEO's card labels; WCXB 4414).
 */
function labelledTwitterData(ctx: SourceContext): string[] {
  const out: string[] = [];
  for (let i = 1; i <= TWITTER_LABEL_PAIRS; i += 1) {
    const label = metaValues(ctx, `twitter:label${i}`)[0];
    const data = metaValues(ctx, `twitter:data${i}`)[0];
    if (label && data && /^(?:written\s+by|authors?|by)$/i.test(label.trim())) out.push(data);
  }
  return out;
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

/**
 * JSON-LD authors, unless every one is an Organization and a byline near the headline names
 * someone: the brand credited in the markup gives way to the printed byline ("GlossGenius" →
 * "Shauna Mitchell", WCXB 0151, 1974, 0122; one page lost, 0293, whose byline is a category).
 * A brand with no byline stays the author (desk credits, see above).
 */
function ldAuthors(ctx: SourceContext): string[] | undefined {
  const ld = ctx.ld;
  if (!ld) return undefined;
  return (ld.authorsAreOrganizations ? firstByline(ctx) : undefined) ?? names(ld.authors);
}

/** The first visible byline near the headline that yields names (never one in a teaser list). */
function firstByline(ctx: SourceContext): string[] | undefined {
  for (const hit of nearHeadline(ctx.scan.bylines, ctx)) {
    const found = names([hit.text]);
    if (found) return found;
  }
  return undefined;
}
