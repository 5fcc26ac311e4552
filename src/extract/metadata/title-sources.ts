import { type FieldSource, metaValue, type SourceContext } from './context.ts';
import { cleanTitle, isSiteSegment, looseKey, stripBlogLabel, type TitleHints } from './title.ts';
import { hostOf } from './urls.ts';

/**
 * Title precedence (docs/metadata.md). On WCXB the visible `<h1>` matches the annotated
 * headline more often than og:title or JSON-LD (75 % vs 46 % / 69 %), which carry SEO
 * variants and site suffixes; a `<h1>` that looks like page furniture yields to them.
 */
export const TITLE_SOURCES: readonly FieldSource<string>[] = [
  { name: 'h1-confirmed', read: (ctx) => (ctx.headline && confirmed(ctx) ? headlineText(ctx) : undefined) },
  { name: 'h1-dated', read: (ctx) => undatedHeadline(ctx) },
  { name: 'h1', read: (ctx) => (ctx.headline && !isWeakHeadline(ctx) ? headlineText(ctx) : undefined) },
  { name: 'json-ld', read: (ctx) => wholeLdHeadline(ctx) },
  { name: 'og', read: (ctx) => clean(metaValue(ctx, 'og:title'), ctx) },
  { name: 'twitter', read: (ctx) => clean(metaValue(ctx, 'twitter:title'), ctx) },
  { name: 'microdata', read: (ctx) => clean(ctx.scan.itemprops.get('headline')?.[0]?.text, ctx) },
  {
    name: 'meta-title',
    read: (ctx) => clean(metaValue(ctx, 'parsely-title', 'sailthru.title', 'dc.title'), ctx),
  },
  { name: 'title-element', read: (ctx) => clean(ctx.scan.titleElement, ctx) },
  { name: 'h1-weak', read: (ctx) => ctx.headline?.text },
];

/**
 * Cleaning hints for `title`. The title itself is not among the "others": a JSON-LD
 * headline "Story | Docker" would otherwise confirm itself and keep its suffix (WCXB 0451).
 */
function hints(ctx: SourceContext, title: string): TitleHints {
  // An <h1> in a container whose class reads as furniture ("cc-newsletter", WCXB 0228) is not
  // the headline, but a declared "Headline - Site" that starts with it is cut there all the same.
  const others = [ctx.headline?.text, ctx.ld?.headline, ...ctx.scan.furnitureH1].filter(
    (t): t is string => t !== undefined && t !== title,
  );
  return { siteNames: ctx.siteNames, host: hostOf(ctx.url), others };
}

/**
 * Longest declared title read (`<title>`, og:title, JSON-LD headline…); the longest on the 974
 * benchmark pages is 333 characters. A `<title>` never closed runs to the end of the page
 * (HTML spec: its text is RCDATA up to `</title>`): that is no title, and cutting its thousands
 * of " | " segments one prefix at a time took seconds (a fuzzed WCXB 0165 with a fifth of its
 * `<` removed: 1.8 s at 175 KB, 34 s at 700 KB).
 */
export const MAX_DECLARED_TITLE_CHARS = 600;

function clean(title: string | undefined, ctx: SourceContext): string | undefined {
  if (title === undefined || title.length > MAX_DECLARED_TITLE_CHARS) return undefined;
  return cleanTitle(title, hints(ctx, title));
}

/**
 * Google's limit for a structured-data `headline` (developers.google.com/search/docs/appearance/
 * structured-data/article): SEO plugins cut longer headlines to it at a word.
 */
const LD_HEADLINE_LIMIT = 110;
/** Shorter headlines were not cut: a declared title that merely starts with one is another text. */
const CUT_HEADLINE_MIN = 80;

/**
 * The JSON-LD headline, or the declared title it is the cut-off start of: "… We Help 4 Readers
 * Find Solutions (Including" in JSON-LD, the whole headline in og:title and `<title>` (WCXB 0121).
 */
function wholeLdHeadline(ctx: SourceContext): string | undefined {
  const headline = clean(ctx.ld?.headline, ctx);
  if (headline === undefined || headline.length < CUT_HEADLINE_MIN || headline.length > LD_HEADLINE_LIMIT)
    return headline;
  // metaTitles() holds the headline itself too; only a longer title can continue it.
  for (const title of metaTitles(ctx)) {
    if (title.length > headline.length && title.startsWith(headline) && /\s/.test(title[headline.length]!))
      return title;
  }
  return headline;
}

/**
 * The `<h1>` without a segment naming the site: some themes print "Headline – Site" in the
 * `<h1>` itself (WCXB 0408 "… 2025 – Artlyst"). Only site segments are cut, never a
 * segment because another source lacks it: the printed headline is the reference.
 */
function headlineText(ctx: SourceContext): string {
  const text = stripBlogLabel(ctx.headline!.text);
  const cleaned = cleanTitle(text, { siteNames: ctx.siteNames, host: hostOf(ctx.url), others: [] });
  // Trailing segments only: a leading one is the series or kicker ("Digjitale Signal #18 – …", WCXB 0391).
  return text.startsWith(cleaned) ? cleaned : text;
}

function metaTitles(ctx: SourceContext): string[] {
  const raw = [
    ctx.ld?.headline,
    metaValue(ctx, 'og:title'),
    metaValue(ctx, 'twitter:title'),
    ctx.scan.titleElement,
  ];
  return raw.map((t) => clean(t, ctx)).filter((t): t is string => t !== undefined);
}

/** The `<h1>` equals a declared title once site suffixes are cut: the strongest evidence. */
function confirmed(ctx: SourceContext): boolean {
  const key = looseKey(ctx.headline!.text);
  return key.length > 0 && metaTitles(ctx).some((t) => looseKey(t) === key);
}

/** Longer `<h1>` texts are paragraphs set as a heading, when a declared title exists. */
const MAX_HEADLINE_CHARS = 200;

/**
 * A `<h1>` that is furniture rather than the headline: template placeholders (`{{ … }}`,
 * WCXB 0346), a short label ("Blog", "Perspectives", WCXB 0072/0297) that no declared
 * title contains, one word beside a declared title of six or more (a brand, WCXB 0404), a
 * lead-in ending in a colon, or a blurb longer than any headline.
 */
export function isWeakHeadline(ctx: SourceContext): boolean {
  const text = ctx.headline?.text;
  if (text === undefined) return true;
  if (/[{}]/.test(text)) return true;
  // A lead-in ending in a colon introduces something else ("A message from John Furrier, …:", WCXB 0462).
  if (/:\s*$/.test(text)) return true;
  const declared = metaTitles(ctx);
  if (declared.length === 0) return false;
  // Headlines stay under ~160 characters (WCXB's longest is 156); a longer <h1> is a blurb (WCXB 0227).
  if (text.length > MAX_HEADLINE_CHARS) return true;
  const key = looseKey(text);
  // The site's own name as `<h1>` (WCXB 0186 "The Southerner"), or the `<title>` suffix.
  if (isSiteSegment(text, { siteNames: ctx.siteNames, host: hostOf(ctx.url) })) return true;
  const titleKey = looseKey(ctx.scan.titleElement ?? '');
  if (titleKey !== key && titleKey.endsWith(key)) return true;
  const words = text.split(' ').length;
  if (words > 3) return false;
  if (words === 1 && declared.some((t) => t.split(' ').length >= 6)) return true;
  return !declared.some((t) => looseKey(t).includes(key));
}

/**
 * The `<h1>` with a date printed inside it ("Dec 18 2025 Preparing a transition",
 * "Checklist (…) January 1, 2025", WCXB 0450/4696): the declared title it starts or ends with.
 */
function undatedHeadline(ctx: SourceContext): string | undefined {
  const key = looseKey(ctx.headline?.text ?? '');
  if (!/\d{4}/.test(key)) return undefined;
  for (const title of metaTitles(ctx)) {
    const titleKey = looseKey(title);
    if (titleKey.length < 10 || titleKey === key) continue;
    const rest = key.startsWith(titleKey)
      ? key.slice(titleKey.length)
      : key.endsWith(titleKey)
        ? key.slice(0, -titleKey.length)
        : undefined;
    if (rest !== undefined && /^[a-z]{0,9}\d{1,4}[a-z]{0,9}\d{2,4}$/.test(rest)) return title;
  }
  return undefined;
}
