import { parseFeedItems } from '../feed.ts';
import type { FrontierEntry } from '../frontier.ts';
import { readSitemap } from '../sitemap.ts';
import { decodeXml } from '../xml-text.ts';
import { rootElement } from './content-type.ts';

/** What a feed or sitemap body named. */
export interface Listing {
  type: 'feed' | 'sitemap' | 'sitemapindex';
  /** Articles (feed, sitemap) or further sitemaps (sitemap index), ready for the frontier. */
  entries: FrontierEntry[];
}

/**
 * Turns a feed or sitemap body into frontier entries. Entries keep the listing's depth (a list
 * of articles is not a page of links), name it as their `source`, and carry its date:
 * Google News `publication_date`, else `lastmod` (sitemaps); the item date (feeds).
 */
export async function listEntries(
  kind: 'xml' | 'json',
  bytes: Uint8Array,
  url: string,
  depth: number,
  contentType?: string,
): Promise<Listing> {
  const text = kind === 'json' ? new TextDecoder('utf-8').decode(bytes) : undefined;
  const root =
    kind === 'xml' ? rootElement(new TextDecoder('utf-8').decode(bytes.subarray(0, 2048))) : undefined;
  if (root === 'urlset' || root === 'sitemapindex') {
    const sitemap = await readSitemap(bytes, { base: url });
    const entries = sitemap.entries.map((entry) =>
      withDate({ url: entry.url, depth, source: url }, entry.published ?? entry.lastmod),
    );
    return { type: sitemap.kind === 'sitemapindex' ? 'sitemapindex' : 'sitemap', entries };
  }
  const feed = parseFeedItems(text ?? decodeXml(bytes, contentType), url);
  return {
    type: 'feed',
    entries: feed.items.map((item) => withDate({ url: item.url, depth, source: url }, item.published)),
  };
}

function withDate(entry: FrontierEntry, date: string | undefined): FrontierEntry {
  return date ? { ...entry, lastmod: date } : entry;
}
