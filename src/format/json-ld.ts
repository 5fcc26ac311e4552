/**
 * schema.org `NewsArticle` JSON-LD (https://schema.org/NewsArticle). Choices, documented
 * in docs/formats.md: copy credits → `sourceOrganization`; figures → `associatedMedia`
 * ImageObjects with `caption` and `creditText`; teasers with a URL → `relatedLink`, teasers
 * without one → `hasPart` WebPageElement (schema.org has no "teaser" type); entities →
 * `mentions`; attribution sources → `citation`.
 */
import type { Article, EntityType } from '../model.ts';
import { datelineLabel } from './labels.ts';

export type JsonLdValue = string | number | boolean | null | JsonLdValue[] | { [key: string]: JsonLdValue };
export type JsonLdObject = { [key: string]: JsonLdValue };

/** Entity type → schema.org type; types without a close schema.org match become `Thing`. */
export const SCHEMA_TYPES: Readonly<Record<EntityType, string>> = {
  PERSON: 'Person',
  ORG: 'Organization',
  /** Countries, cities, states: schema.org Place (AdministrativeArea would over-claim for cities). */
  GPE: 'Place',
  LOC: 'Place',
  /** Buildings, airports, bridges. */
  FAC: 'Place',
  /** Nationalities and religious/political groups have no schema.org type. */
  NORP: 'Thing',
  EVENT: 'Event',
  WORK_OF_ART: 'CreativeWork',
  PRODUCT: 'Product',
};

/** Drops undefined values and empty arrays so the object carries only what is known. */
function compact(obj: Record<string, JsonLdValue | undefined>): JsonLdObject {
  const out: JsonLdObject = {};
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

/** `"KYIV, Ukraine, Sept 9"`: schema.org NewsArticle.dateline is the location and date as printed (no agency). */
function dateline(a: Article): string | undefined {
  return a.dateline ? datelineLabel({ ...a.dateline, agency: undefined }) : undefined;
}

function teasers(a: Article): { relatedLink: string[]; hasPart: JsonLdObject[] } {
  const relatedLink = a.teasers.flatMap((t) => (t.url ? [t.url] : []));
  const hasPart = a.teasers
    .filter((t) => !t.url)
    .map((t) =>
      compact({ '@type': 'WebPageElement', name: t.title ?? t.caption, text: t.lead, creditText: t.credit }),
    );
  return { relatedLink, hasPart };
}

/**
 * Attribution sources → `citation` CreativeWorks authored by the source: a Person or
 * Organization when an entity of that name says which, else Thing ("officials").
 */
function citations(a: Article): JsonLdObject[] {
  const typeOf = new Map(a.entities.map((e) => [e.name, SCHEMA_TYPES[e.type]]));
  const seen = new Set<string>();
  const out: JsonLdObject[] = [];
  for (const t of a.attributions) {
    for (const name of t.sources) {
      if (seen.has(name)) continue;
      seen.add(name);
      const type = typeOf.get(name);
      const author = { '@type': type === 'Person' || type === 'Organization' ? type : 'Thing', name };
      out.push({ '@type': 'CreativeWork', author, abstract: t.claim });
    }
  }
  return out;
}

/** The NewsArticle as a plain JSON-LD object. */
export function toJsonLdObject(a: Article): JsonLdObject {
  const url = a.canonicalUrl ?? a.url;
  const { relatedLink, hasPart } = teasers(a);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    author: a.authors.map((name) => ({ '@type': 'Person', name })),
    datePublished: a.published,
    dateModified: a.modified,
    inLanguage: a.language,
    publisher: a.siteName ? { '@type': 'Organization', name: a.siteName } : undefined,
    url,
    mainEntityOfPage: url ? { '@type': 'WebPage', '@id': url } : undefined,
    image: a.image,
    description: a.description,
    articleSection: a.section,
    keywords: a.tags,
    dateline: dateline(a),
    sourceOrganization: a.credits
      .filter((c) => c.kind === 'copy')
      .map((c) => ({ '@type': 'Organization', name: c.name })),
    associatedMedia: a.figures.map((f) =>
      compact({
        '@type': 'ImageObject',
        contentUrl: f.src,
        caption: f.caption,
        creditText: f.credit,
        description: f.alt,
      }),
    ),
    relatedLink,
    hasPart,
    mentions: a.entities.map((e) => ({ '@type': SCHEMA_TYPES[e.type], name: e.name })),
    citation: citations(a),
    articleBody: a.text,
  });
}

/**
 * Pretty JSON-LD text. `<` is written as `\u003c` so the output can be pasted into a
 * `<script type="application/ld+json">` without a `</script>` in a string ending it early.
 */
export function toJsonLd(a: Article): string {
  return `${JSON.stringify(toJsonLdObject(a), null, 2).replace(/</g, '\\u003c')}\n`;
}
