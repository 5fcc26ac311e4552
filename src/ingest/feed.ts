import { parseFeed } from 'feedsmith';

/** One article a feed names. */
export interface FeedItem {
  /** Absolute URL of the article (resolved against the feed's URL). */
  url: string;
  title?: string;
  /** The item's date as the feed wrote it (RSS `pubDate`, Atom `published`/`updated`, `dc:date`, JSON `date_published`). */
  published?: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  items: FeedItem[];
}

/**
 * RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.x through feedsmith 3.0.1 (STACK.md:
 * 16/16 real feeds). Items without a usable http(s) link are dropped; duplicates keep the first.
 * Throws feedsmith's `ParseError` when the text is no feed at all — the caller decides.
 */
export function parseFeedItems(text: string, feedUrl: string): ParsedFeed {
  const parsed = parseFeed(text);
  const raw: Array<{ link?: string; title?: string; date?: string }> = [];
  let title: string | undefined;
  if (parsed.format === 'rss' || parsed.format === 'rdf') {
    title = parsed.feed.title;
    for (const item of parsed.feed.items ?? []) {
      const pubDate = 'pubDate' in item ? item.pubDate : undefined;
      raw.push({
        link: item.link ?? guidLink(item),
        title: item.title,
        date: pubDate ?? item.dc?.dates?.[0],
      });
    }
  } else if (parsed.format === 'atom') {
    title = parsed.feed.title?.value;
    for (const entry of parsed.feed.entries ?? []) {
      raw.push({
        link: atomLink(entry.links),
        title: entry.title?.value,
        date: entry.published ?? entry.updated,
      });
    }
  } else {
    title = parsed.feed.title;
    for (const item of parsed.feed.items ?? []) {
      raw.push({ link: item.url ?? item.external_url, title: item.title, date: item.date_published });
    }
  }
  return withTitle({ format: parsed.format, items: resolveItems(raw, feedUrl) }, title);
}

/** RSS 2.0 §guid: a permalink guid (the default) is the article URL when `<link>` is missing. */
function guidLink(item: object): string | undefined {
  const guid = (item as { guid?: { value?: string; isPermaLink?: boolean } }).guid;
  if (!guid?.value || guid.isPermaLink === false) return undefined;
  return guid.value;
}

/** RFC 4287 §4.2.7.2: the article is the `alternate` link (the default relation). */
function atomLink(links: ReadonlyArray<{ href?: string; rel?: string }> | undefined): string | undefined {
  const alternate = links?.find((link) => (link.rel ?? 'alternate') === 'alternate');
  return (alternate ?? links?.[0])?.href;
}

function resolveItems(
  raw: ReadonlyArray<{ link?: string; title?: string; date?: string }>,
  base: string,
): FeedItem[] {
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const entry of raw) {
    const url = absoluteHttpUrl(entry.link, base);
    if (url === undefined || seen.has(url)) continue;
    seen.add(url);
    const item: FeedItem = { url };
    const title = entry.title?.trim();
    if (title) item.title = title;
    const date = entry.date?.trim();
    if (date) item.published = date;
    items.push(item);
  }
  return items;
}

/** An absolute http(s) URL without fragment, or undefined. */
export function absoluteHttpUrl(link: string | undefined, base: string): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

function withTitle(feed: ParsedFeed, title: string | undefined): ParsedFeed {
  const trimmed = title?.trim();
  return trimmed ? { ...feed, title: trimmed } : feed;
}
