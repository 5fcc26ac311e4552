import { type FieldSource, metaValue, nearHeadline, type SourceContext } from './context.ts';
import { dateFromUrl, normalizeDate, parseDateText } from './dates.ts';
import type { TimeHit } from './scan.ts';

/** `<meta name>` values that carry the publication date (CMS and search-engine conventions). */
const PUBLISHED_META = [
  'article:published_time', // Open Graph article
  'og:published_time',
  'datepublished', // itemprop on <meta>
  'parsely-pub-date', // Parse.ly
  'sailthru.date', // Sailthru
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date', // Dublin Core
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'citation_publication_date', // Highwire (journals)
  'article.published',
] as const;

const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'last-modified',
  'dcterms.modified',
] as const;

/**
 * Published precedence (docs/metadata.md): declared machine-readable dates, then the
 * `<time>` in the article header, the URL, and last (chrono-node) visible date text.
 */
export const PUBLISHED_SOURCES: readonly FieldSource<string>[] = [
  { name: 'json-ld', read: (ctx) => normalizeDate(ctx.ld?.published) },
  { name: 'article-published', read: (ctx) => normalizeDate(metaValue(ctx, 'article:published_time')) },
  { name: 'meta-date', read: (ctx) => firstDate(PUBLISHED_META.map((k) => metaValue(ctx, k))) },
  { name: 'microdata', read: (ctx) => firstDate(hitTexts(ctx.scan.itemprops.get('datepublished'))) },
  { name: 'time-element', read: (ctx) => timeElementDate(ctx) },
  { name: 'url', read: (ctx) => dateFromUrl(ctx.url) },
  { name: 'visible-text', read: (ctx) => visibleDate(ctx) },
];

export const MODIFIED_SOURCES: readonly FieldSource<string>[] = [
  { name: 'json-ld', read: (ctx) => normalizeDate(ctx.ld?.modified) },
  { name: 'meta-modified', read: (ctx) => firstDate(MODIFIED_META.map((k) => metaValue(ctx, k))) },
  { name: 'microdata', read: (ctx) => firstDate(hitTexts(ctx.scan.itemprops.get('datemodified'))) },
];

function hitTexts(hits: readonly { text: string }[] | undefined): string[] {
  return hits ? hits.map((h) => h.text) : [];
}

function firstDate(values: readonly (string | undefined)[]): string | undefined {
  for (const value of values) {
    const date = normalizeDate(value);
    if (date) return date;
  }
  return undefined;
}

/** `<time itemprop=datePublished>` anywhere, else the first `<time datetime>` near the headline. */
function timeElementDate(ctx: SourceContext): string | undefined {
  const times = ctx.scan.times;
  const marked = times.find((t) => t.itemprop?.toLowerCase() === 'datepublished');
  if (marked) return readTime(marked);
  for (const time of nearHeadline(times, ctx)) {
    if (time.itemprop?.toLowerCase() === 'datemodified') continue;
    const date = readTime(time);
    if (date) return date;
  }
  return undefined;
}

function readTime(time: TimeHit): string | undefined {
  return normalizeDate(time.datetime) ?? (time.text ? parseDateText(time.text) : undefined);
}

/** Date text in date-marked elements or bylines near the headline, parsed by chrono-node. */
function visibleDate(ctx: SourceContext): string | undefined {
  for (const hit of nearHeadline([...ctx.scan.dateTexts, ...ctx.scan.bylines], ctx)) {
    const date = parseDateText(hit.text);
    if (date) return date;
  }
  return undefined;
}
