import { aroundHeadline, type FieldSource, metaValue, nearHeadline, type SourceContext } from './context.ts';
import { dateFromUrl, normalizeDate, parseDateText } from './dates.ts';
import { normalizeLanguage } from './language.ts';
import { printedDate, printedOriginal, readTime } from './printed-date.ts';
import { FURNITURE_DATE_AFTER, PRINTED_DATE_BEFORE } from './rules.ts';

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
  'citation_date', // Highwire's other spelling, e.g. arXiv "2025/12/18" (WCXB 0380)
  'article.published',
  'published-date', // WCXB 4512
  'og:article:published_time', // a misspelt og tag (WCXB 4599)
  'publication_date',
  'published', // human-readable value ("July 17, 2025", WCXB 0244)
] as const;

/**
 * Any other meta name that says "published date/time" in a vendor's spelling
 * ("w-published-date" WCXB 0237, "cxenseparse:publishtime", "og:publish_date",
 * "article:first_published_time", "date-pub", itemprop lists "datecreated datepublished"):
 * read after the listed names, so a known name always wins.
 */
const PUBLISHED_META_NAME =
  /(?:^|[\s:._-])(?:first[-_]?)?publish(?:ed)?[-_]?(?:date|time|at)$|(?:^|[\s:._-])date[-_]?pub(?:lished)?$/;

const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'last-modified',
  'dcterms.modified',
  'modified-date',
  'updated date', // WCXB 4082
] as const;

/**
 * Published precedence (docs/metadata.md), ordered by measured precision on WCXB (day
 * agrees with the annotation): URL date 35/35, article:published_time 296/311, other date
 * metas 331/352, JSON-LD 242/278 (graphs often carry a re-publication date), `<time>` near
 * the headline 162/189, microdata 36/43, visible text via chrono-node 209/257.
 * `printed` (the date printed with the headline, printed-date.ts) comes before the other
 * declared dates: where it disagrees with them the annotation follows the printed one (on
 * WCXB 28 pages gained, 2 lost), but not before article:published_time, which the annotation
 * follows over a printed "Updated" or modified-day date (6 gained, 23 lost when tried first);
 * `printed-original` goes first only for a printed date that is no update (3 gained).
 */
export const PUBLISHED_SOURCES: readonly FieldSource<string>[] = [
  { name: 'url', read: (ctx) => dateFromUrl(ctx.url) },
  // "Originally published on 26 Sep 2019" says outright what every other date only implies.
  { name: 'originally-published', read: (ctx) => originallyPublished(ctx) },
  { name: 'printed-original', read: (ctx) => printedOverMeta(ctx) },
  { name: 'article-published', read: (ctx) => normalizeDate(metaValue(ctx, 'article:published_time')) },
  { name: 'printed', read: (ctx) => printedDate(ctx)?.date },
  {
    name: 'meta-date',
    read: (ctx) => firstDate(PUBLISHED_META.map((k) => metaValue(ctx, k))) ?? vendorMetaDate(ctx),
  },
  { name: 'json-ld', read: (ctx) => normalizeDate(ctx.ld?.published) },
  { name: 'time-element', read: (ctx) => timeElementDate(ctx) },
  { name: 'microdata', read: (ctx) => firstDate(hitTexts(ctx.scan.itemprops.get('datepublished'))) },
  { name: 'visible-text', read: (ctx) => visibleDate(ctx) },
  // A page that declares only when it was modified was published no later than that:
  // the best date available, and the one such pages display (WCXB 4271, 4454).
  { name: 'modified', read: (ctx) => firstValue(MODIFIED_SOURCES, ctx) },
  { name: 'furniture-date', read: (ctx) => furnitureDate(ctx) },
];

function firstValue(sources: readonly FieldSource<string>[], ctx: SourceContext): string | undefined {
  for (const source of sources) {
    const value = source.read(ctx);
    if (value !== undefined) return value;
  }
  return undefined;
}

export const MODIFIED_SOURCES: readonly FieldSource<string>[] = [
  { name: 'json-ld', read: (ctx) => normalizeDate(ctx.ld?.modified) },
  { name: 'meta-modified', read: (ctx) => firstDate(MODIFIED_META.map((k) => metaValue(ctx, k))) },
  { name: 'microdata', read: (ctx) => firstDate(hitTexts(ctx.scan.itemprops.get('datemodified'))) },
];

function hitTexts(hits: readonly { text: string }[] | undefined): string[] {
  return hits ? hits.map((h) => h.text) : [];
}

function originallyPublished(ctx: SourceContext): string | undefined {
  return firstTextDate(ctx.scan.originalDates, ctx);
}

/**
 * A page whose only date sits in a meta column laid out as an `<aside>` or a "sidebar" next to
 * the headline (WCXB 4174 `<aside class="side-col"><p class="…_date">May 25, 2023`, 0300
 * "single-post-sidebar"): a date-marked element there, from PRINTED_DATE_BEFORE elements
 * before the headline to FURNITURE_DATE_AFTER after it, when no other source gives a date.
 */
function furnitureDate(ctx: SourceContext): string | undefined {
  const near = ctx.scan.furnitureDates.filter((hit) =>
    aroundHeadline(hit, ctx, PRINTED_DATE_BEFORE, FURNITURE_DATE_AFTER),
  );
  return firstTextDate(near, ctx);
}

function vendorMetaDate(ctx: SourceContext): string | undefined {
  for (const [name, values] of ctx.scan.meta) {
    if (PUBLISHED_META_NAME.test(name)) {
      const date = firstDate(values);
      if (date) return date;
    }
  }
  return undefined;
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
  if (marked) return readTime(marked, pageLanguage(ctx));
  for (const time of nearHeadline(times, ctx)) {
    if (time.itemprop?.toLowerCase() === 'datemodified') continue;
    const date = readTime(time, pageLanguage(ctx));
    if (date) return date;
  }
  return undefined;
}

/** A printed publication date that article:published_time contradicts (printed-date.ts). */
function printedOverMeta(ctx: SourceContext): string | undefined {
  const published = normalizeDate(metaValue(ctx, 'article:published_time'));
  return published && printedOriginal(ctx, published, firstValue(MODIFIED_SOURCES, ctx));
}

/**
 * Date text near the headline, parsed by chrono-node: date-marked elements and bylines
 * first, then unmarked date-shaped texts (obfuscated class names, WCXB 4439).
 */
function visibleDate(ctx: SourceContext): string | undefined {
  const { dateTexts, bylines, dateShaped } = ctx.scan;
  return firstTextDate(
    [...nearHeadline([...dateTexts, ...bylines], ctx), ...nearHeadline(dateShaped, ctx)],
    ctx,
  );
}

/** The first of `hits` whose text reads as a date in the page's language. */
function firstTextDate(hits: readonly { text: string }[], ctx: SourceContext): string | undefined {
  const language = pageLanguage(ctx);
  for (const hit of hits) {
    const date = parseDateText(hit.text, language);
    if (date) return date;
  }
  return undefined;
}

/** The declared page language, to read visible dates with the right chrono-node locale. */
function pageLanguage(ctx: SourceContext): string | undefined {
  return normalizeLanguage(ctx.scan.htmlLang);
}
