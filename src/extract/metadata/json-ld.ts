import {
  asArray,
  asString,
  collectNodes,
  indexById,
  isObject,
  type JsonObject,
  resolveRef,
  typesOf,
} from './json-ld-nodes.ts';
import { parseJsonLd } from './json-ld-parse.ts';
import { ARTICLE_TYPES, NON_ARTICLE_TYPES } from './rules.ts';
import { sameUrl } from './urls.ts';

/** What JSON-LD says about the page, raw (cleaning happens per field later). */
export interface JsonLdFacts {
  headline?: string;
  authors: string[];
  /** Every author node is an Organization (a brand credited as author), none a Person. */
  authorsAreOrganizations?: boolean;
  published?: string;
  modified?: string;
  publisher?: string;
  websiteName?: string;
  image?: string;
  section?: string;
  keywords: string[];
  description?: string;
  language?: string;
  url?: string;
  /** `@type` of the node the facts come from, for the explanation. */
  type?: string;
}

/** Parses every ld+json block and reads the story node (see `pickStoryNode`). */
export function readJsonLd(blocks: readonly string[], pageUrl: string | undefined): JsonLdFacts | undefined {
  if (blocks.length === 0) return undefined;
  const nodes = collectNodes(blocks.map(parseJsonLd));
  if (nodes.length === 0) return undefined;
  const index = indexById(nodes);
  const story = pickStoryNode(nodes, pageUrl);
  const page = nodes.find((n) => typesOf(n).some((t) => t.endsWith('WebPage')));
  const website = nodes.find((n) => typesOf(n).includes('WebSite'));
  const base = story ?? page;
  if (!base) return { authors: [], keywords: [], websiteName: asString(website?.name) };
  // Yoast-style graphs put dates on the WebPage node and the headline on the Article.
  const pick = (key: string): string | undefined => asString(base[key]) ?? asString(page?.[key]);
  return {
    headline: asString(base.headline) ?? (story ? asString(story.name) : undefined),
    authors: names(base.author ?? base.creator, index),
    authorsAreOrganizations: onlyOrganizations(base.author ?? base.creator, index),
    published: pick('datePublished') ?? asString(base.dateCreated),
    modified: pick('dateModified'),
    publisher: names(base.publisher ?? page?.publisher, index)[0],
    websiteName: asString(website?.name),
    image: imageUrl(resolveRef(base.image ?? page?.image ?? page?.primaryImageOfPage, index), index),
    section: asArray(base.articleSection)
      .map(asString)
      .find((s) => s !== undefined),
    keywords: keywords(base.keywords),
    description: pick('description'),
    language: asString(base.inLanguage) ?? asString(page?.inLanguage) ?? asString(website?.inLanguage),
    url: asString(base.url),
    type: typesOf(base)[0],
  };
}

/**
 * The node describing the story: an Article-family node (schema.org types in
 * ARTICLE_TYPES) or any non-furniture node with a headline; among several, the one whose
 * URL matches the page, then the one with a headline, author and date.
 */
export function pickStoryNode(
  nodes: readonly JsonObject[],
  pageUrl: string | undefined,
): JsonObject | undefined {
  let best: JsonObject | undefined;
  let bestScore = 0;
  for (const node of nodes) {
    const types = typesOf(node);
    if (types.some((t) => NON_ARTICLE_TYPES.has(t))) continue;
    const isArticle = types.some((t) => ARTICLE_TYPES.has(t));
    if (!isArticle && node.headline === undefined) continue;
    let score = (isArticle ? 4 : 0) + (node.headline !== undefined ? 2 : 0);
    score += (node.author !== undefined ? 1 : 0) + (node.datePublished !== undefined ? 1 : 0);
    if (pageUrl && nodeUrls(node).some((u) => sameUrl(u, pageUrl))) score += 3;
    if (score > bestScore) [best, bestScore] = [node, score];
  }
  return best;
}

function nodeUrls(node: JsonObject): string[] {
  const main = node.mainEntityOfPage;
  const mainId = isObject(main) ? (asString(main['@id']) ?? asString(main.url)) : asString(main);
  return [asString(node.url), mainId, asString(node['@id'])].filter((u): u is string => u !== undefined);
}

/**
 * Every node of an author value is an Organization or one of its schema.org subtypes
 * (NewsMediaOrganization, Corporation…); false for a Person, a bare string or no author.
 */
function onlyOrganizations(value: unknown, index: ReadonlyMap<string, JsonObject>): boolean {
  const nodes = asArray(value).map((item) => resolveRef(item, index));
  return nodes.length > 0 && nodes.every((n) => isObject(n) && typesOf(n).some(isOrganizationType));
}

function isOrganizationType(type: string): boolean {
  return type.endsWith('Organization') || type === 'Corporation';
}

/** Names from an author/publisher value: string, Person/Organization, `@id` reference or array of those. */
function names(value: unknown, index: ReadonlyMap<string, JsonObject>): string[] {
  const out: string[] = [];
  for (const item of asArray(value)) {
    const node = resolveRef(item, index);
    if (typeof node === 'string') out.push(node);
    else if (isObject(node)) {
      const given = asString(node.givenName);
      const family = asString(node.familyName);
      const name = asString(node.name) ?? (given && family ? `${given} ${family}` : undefined);
      if (name) out.push(name);
    }
  }
  return out.map(asString).filter((n): n is string => n !== undefined);
}

function imageUrl(value: unknown, index: ReadonlyMap<string, JsonObject>): string | undefined {
  for (const item of asArray(value)) {
    const node = resolveRef(item, index);
    const url = isObject(node) ? (asString(node.url) ?? asString(node.contentUrl)) : asString(node);
    if (url) return url;
  }
  return undefined;
}

function keywords(value: unknown): string[] {
  return asArray(value)
    .flatMap((k) => (typeof k === 'string' ? k.split(',') : []))
    .map(asString)
    .filter((k): k is string => k !== undefined);
}
