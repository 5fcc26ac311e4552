/**
 * What a response is, from its `Content-Type` and its first bytes. Pages must be HTML or text;
 * feeds and sitemaps XML (or JSON for JSON Feed); anything else is refused before its body is read.
 */

export type BodyKind = 'page' | 'xml' | 'json' | 'gzip' | 'maybe-xml';

/** Media types accepted as pages (the extractor reads HTML and flattened text). */
const PAGE_TYPES: ReadonlySet<string> = new Set([
  'text/html', // the web page
  'application/xhtml+xml', // XHTML served as such
  'text/plain', // flattened text pages; sniffed for XML first (some servers send feeds as text/plain)
]);

/** Media types read as XML: feeds (RSS, RDF, Atom) and sitemaps. */
const XML_TYPES: ReadonlySet<string> = new Set([
  'application/xml',
  'text/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
]);

/** JSON Feed 1.1 §1: `application/feed+json`; plain `application/json` is common in the wild. */
const JSON_TYPES: ReadonlySet<string> = new Set(['application/feed+json', 'application/json']);

/** Compressed sitemaps (`sitemap.xml.gz`) are served as files, not with `Content-Encoding`. */
const GZIP_TYPES: ReadonlySet<string> = new Set([
  'application/gzip',
  'application/x-gzip',
  'application/octet-stream', // what many static servers send for `.gz`; the magic bytes decide
]);

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The kind of body a content type announces, or undefined when the crawler refuses it. */
export function classifyContentType(contentType: string | undefined): BodyKind | undefined {
  const type = mediaType(contentType);
  if (type === '') return 'maybe-xml'; // no header: let the bytes speak
  if (type === 'text/plain') return 'maybe-xml';
  if (PAGE_TYPES.has(type)) return 'page';
  if (XML_TYPES.has(type) || type.endsWith('+xml')) return 'xml';
  if (JSON_TYPES.has(type)) return 'json';
  if (GZIP_TYPES.has(type)) return 'gzip';
  return undefined;
}

/** Root element names that make an XML body a feed or a sitemap. */
const XML_ROOTS: ReadonlySet<string> = new Set(['rss', 'rdf:rdf', 'feed', 'urlset', 'sitemapindex']);

/** True when the bytes start (after a BOM, prolog, comments) with a feed or sitemap root element. */
export function looksLikeFeedOrSitemap(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  const root = rootElement(head);
  return root !== undefined && XML_ROOTS.has(root);
}

/** Name of the first element, skipping the XML declaration, comments, doctype and processing instructions. */
export function rootElement(head: string): string | undefined {
  const stripped = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, '');
  const match = /<([A-Za-z_][\w.:-]*)/.exec(stripped);
  return match?.[1]?.toLowerCase();
}

/** True when a JSON body is a JSON Feed (its `version` names jsonfeed.org). */
export function looksLikeJsonFeed(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512));
  return /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(head);
}
