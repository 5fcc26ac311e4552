import { type FieldSource, metaValue, metaValues, type SourceContext } from './context.ts';
import { normalizeLanguage } from './language.ts';
import { resolveUrl } from './urls.ts';

/** Precedence of the page-level fields (docs/metadata.md). */
export const LANGUAGE_SOURCES: readonly FieldSource<string>[] = [
  { name: 'html-lang', read: (ctx) => normalizeLanguage(ctx.scan.htmlLang) },
  {
    name: 'content-language',
    read: (ctx) => normalizeLanguage(metaValue(ctx, 'content-language', 'language')),
  },
  { name: 'og-locale', read: (ctx) => normalizeLanguage(metaValue(ctx, 'og:locale')) },
  { name: 'json-ld', read: (ctx) => normalizeLanguage(ctx.ld?.language) },
];

export const SITE_NAME_SOURCES: readonly FieldSource<string>[] = [
  { name: 'og-site-name', read: (ctx) => metaValue(ctx, 'og:site_name') },
  { name: 'json-ld-publisher', read: (ctx) => ctx.ld?.publisher },
  { name: 'json-ld-website', read: (ctx) => ctx.ld?.websiteName },
  {
    name: 'application-name',
    read: (ctx) => metaValue(ctx, 'application-name', 'apple-mobile-web-app-title'),
  },
];

export const CANONICAL_SOURCES: readonly FieldSource<string>[] = [
  { name: 'link-canonical', read: (ctx) => resolved(ctx.scan.links.get('canonical')?.[0], ctx) },
  { name: 'og-url', read: (ctx) => resolved(metaValue(ctx, 'og:url'), ctx) },
  { name: 'json-ld', read: (ctx) => resolved(ctx.ld?.url, ctx) },
];

export const DESCRIPTION_SOURCES: readonly FieldSource<string>[] = [
  { name: 'og', read: (ctx) => metaValue(ctx, 'og:description') },
  { name: 'meta-description', read: (ctx) => metaValue(ctx, 'description') },
  { name: 'json-ld', read: (ctx) => ctx.ld?.description },
  { name: 'twitter', read: (ctx) => metaValue(ctx, 'twitter:description') },
];

export const IMAGE_SOURCES: readonly FieldSource<string>[] = [
  {
    name: 'og',
    read: (ctx) => resolved(metaValue(ctx, 'og:image', 'og:image:url', 'og:image:secure_url'), ctx),
  },
  { name: 'json-ld', read: (ctx) => resolved(ctx.ld?.image, ctx) },
  { name: 'twitter', read: (ctx) => resolved(metaValue(ctx, 'twitter:image', 'twitter:image:src'), ctx) },
];

export const SECTION_SOURCES: readonly FieldSource<string>[] = [
  { name: 'article-section', read: (ctx) => metaValue(ctx, 'article:section') },
  { name: 'json-ld', read: (ctx) => ctx.ld?.section },
  { name: 'parsely', read: (ctx) => metaValue(ctx, 'parsely-section') },
];

export const TAG_SOURCES: readonly FieldSource<string[]>[] = [
  { name: 'article-tag', read: (ctx) => nonEmpty(metaValues(ctx, 'article:tag').flatMap(splitList)) },
  { name: 'json-ld', read: (ctx) => nonEmpty(ctx.ld?.keywords ?? []) },
  {
    name: 'keywords',
    read: (ctx) => nonEmpty(metaValues(ctx, 'keywords', 'news_keywords').flatMap(splitList)),
  },
  { name: 'parsely', read: (ctx) => nonEmpty(metaValues(ctx, 'parsely-tags').flatMap(splitList)) },
];

function resolved(href: string | undefined, ctx: SourceContext): string | undefined {
  return href === undefined ? undefined : resolveUrl(href, ctx.url);
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

function nonEmpty(values: readonly string[]): string[] | undefined {
  const unique = [...new Set(values)];
  return unique.length > 0 ? unique : undefined;
}
