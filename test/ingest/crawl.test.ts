import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type CrawlEvent, type CrawlOptions, crawl, MemoryFrontier } from '../../src/ingest/crawl/index.ts';
import type { FrontierEntry } from '../../src/ingest/frontier.ts';
import type { Source } from '../../src/model.ts';
import { type FixtureSite, startSite } from './fixture-site.ts';

/** The in-memory frontier, remembering every entry it was given. */
class RecordingFrontier extends MemoryFrontier {
  readonly added: FrontierEntry[] = [];
  override async add(entries: FrontierEntry[]): Promise<number> {
    this.added.push(...entries);
    return super.add(entries);
  }
}

async function run(seeds: string[], options: Partial<CrawlOptions> = {}) {
  const frontier = options.frontier instanceof MemoryFrontier ? options.frontier : new MemoryFrontier();
  const pages: Source[] = [];
  const events: CrawlEvent[] = [];
  const stats = await crawl(seeds, {
    delayMs: 0,
    retry: { baseDelayMs: 50 },
    timeoutMs: 2000,
    ...options,
    frontier,
    onPage: async (source) => {
      pages.push(source);
    },
    onEvent: (event) => events.push(event),
  });
  return {
    frontier,
    pages,
    events,
    stats,
    paths: pages.map((p) => new URL(p.url ?? p.input).pathname).sort(),
  };
}

const failure = (events: CrawlEvent[], path: string): string | undefined => {
  const event = events.find((e) => e.type === 'failed' && new URL(e.url).pathname === path);
  return event?.type === 'failed' ? event.error : undefined;
};

describe('crawl() against a loopback news site', () => {
  let site: FixtureSite;
  before(async () => {
    site = await startSite({ crawlDelay: 0.05 });
  });
  after(() => site.close());

  test('crawl() reads an RSS feed, fetches its articles and never asks for a robots-disallowed one', async () => {
    const { paths, frontier, events, stats } = await run([`${site.origin}/feeds/rss.xml`], { maxDepth: 0 });
    assert.deepEqual(paths, ['/news/a', '/news/b']);
    assert.equal(site.hits('/private/secret'), 0);
    assert.match(failure(events, '/private/secret') ?? '', /disallowed by robots\.txt/);
    assert.equal(frontier.stateOf(`${site.origin}/private/secret`), 'done');
    assert.equal(stats.listings, 1);
    assert.equal(site.hits('/robots.txt'), 1);
    const ua = site.log.find((r) => r.path === '/news/a')?.headers['user-agent'] ?? '';
    assert.match(ua, /^Dateline\/\d+\.\d+\.\d+ \(\+https?:/);
  });

  test('crawl() reads an Atom feed: alternate links only, duplicates of known URLs ignored', async () => {
    const frontier = new MemoryFrontier();
    await run([`${site.origin}/feeds/atom.xml`], { frontier, maxDepth: 0 });
    assert.equal(frontier.stateOf(`${site.origin}/news/c`), 'done');
    assert.equal(frontier.stateOf(`${site.origin}/img/c.jpg`), undefined);
  });

  test('crawl() walks a sitemap index into a gzip Google News sitemap and a plain one, keeping dates', async () => {
    const frontier = new RecordingFrontier();
    const { paths, stats } = await run([`${site.origin}/sitemap-index.xml`], { frontier, maxDepth: 0 });
    const added = frontier.added;
    assert.deepEqual(paths, ['/news/d', '/news/e']);
    assert.equal(stats.listings, 3);
    const d = added.find((entry) => entry.url.endsWith('/news/d'));
    assert.equal(d?.lastmod, '2026-11-02T06:00:00Z');
    assert.equal(d?.source, `${site.origin}/sitemaps/news.xml.gz`);
    assert.equal(added.find((entry) => entry.url.endsWith('/news/e'))?.lastmod, '2026-11-01T12:00:00Z');
    assert.equal(site.hits('/news/d'), 1, 'listed twice, fetched once');
  });

  test('crawl() follows same-host page links to maxDepth, skipping nofollow, assets, robots-disallowed and other hosts', async () => {
    const { paths, frontier } = await run([`${site.origin}/news/a`], { maxDepth: 1 });
    assert.deepEqual(paths, ['/news/a', '/news/b']);
    assert.equal(frontier.stateOf(`${site.origin}/news/c`), undefined, 'rel=nofollow');
    assert.equal(frontier.stateOf(`${site.origin}/logo.png`), undefined, 'asset');
    assert.equal(frontier.stateOf('http://elsewhere.invalid/story'), undefined, 'other host');
    assert.equal(site.hits('/private/x'), 0);
  });

  test('crawl() follows redirects itself and records the final URL; a loop and a redirect into a disallowed path fail', async () => {
    const { pages, events, frontier } = await run([
      `${site.origin}/redirect/one`,
      `${site.origin}/loop/a`,
      `${site.origin}/redirect/private`,
    ]);
    assert.equal(pages.length, 1);
    assert.equal(pages[0]?.input, `${site.origin}/redirect/one`);
    assert.equal(pages[0]?.url, `${site.origin}/news/final`);
    assert.equal(frontier.stateOf(`${site.origin}/news/final`), 'done', 'known under its final URL too');
    assert.match(failure(events, '/loop/a') ?? '', /redirect loop/);
    assert.match(failure(events, '/redirect/private') ?? '', /disallowed by robots\.txt/);
    assert.equal(site.hits('/private/hidden'), 0);
  });

  test('crawl() waits out a 429 Retry-After and retries a 500 until it heals', async () => {
    const { paths } = await run([`${site.origin}/flaky/429`, `${site.origin}/flaky/500`], { maxDepth: 0 });
    assert.deepEqual(paths, ['/flaky/429', '/flaky/500']);
    assert.equal(site.hits('/flaky/429'), 2);
    assert.equal(site.hits('/flaky/500'), 3);
    const tries = site.log.filter((r) => r.path === '/flaky/429');
    // Lower bound only (Retry-After: 1 s): the retry may come later, never sooner.
    assert.ok((tries[1]?.at ?? 0) - (tries[0]?.at ?? 0) >= 950);
  });

  test('crawl() gives up on a 503 after maxRetries and on a Retry-After above the cap', async () => {
    const { events } = await run([`${site.origin}/always/503`, `${site.origin}/always/429`], {
      retry: { maxRetries: 2, baseDelayMs: 10, maxDelayMs: 5000 },
    });
    assert.equal(site.hits('/always/503'), 3);
    assert.match(failure(events, '/always/503') ?? '', /HTTP 503 after 3 tries/);
    assert.equal(site.hits('/always/429'), 1);
    assert.match(failure(events, '/always/429') ?? '', /Retry-After 120000 ms is above the 5000 ms cap/);
  });

  test('crawl() fails a slow response at the timeout, an oversized page at the cap and a PDF by its type', async () => {
    const { events, pages } = await run(
      [`${site.origin}/slow`, `${site.origin}/big`, `${site.origin}/report.pdf`],
      { timeoutMs: 300, maxBytes: 64 * 1024 },
    );
    assert.equal(pages.length, 0);
    assert.match(failure(events, '/slow') ?? '', /timed out after 300 ms/);
    assert.match(failure(events, '/big') ?? '', /larger than 64 KiB/);
    assert.match(failure(events, '/report.pdf') ?? '', /unsupported content type "application\/pdf"/);
  });

  test('crawl() asks for gzip and hands over the inflated page', async () => {
    const { pages } = await run([`${site.origin}/gzipped`]);
    assert.match(Buffer.from(pages[0]?.bytes ?? []).toString('utf8'), /<p>Sent gzip-encoded\.<\/p>/);
    assert.equal(site.log.find((r) => r.path === '/gzipped')?.headers['accept-encoding'], 'gzip');
  });

  test('crawl() sends If-None-Match from the frontier and treats 304 as unchanged', async () => {
    const url = `${site.origin}/etag`;
    const first = await run([url]);
    assert.equal(first.pages.length, 1);
    assert.equal(first.frontier.recordOf(url)?.etag, '"v1"');
    first.frontier.requeue(url);
    const second = await run([url], { frontier: first.frontier });
    assert.equal(second.pages.length, 0);
    assert.equal(second.stats.notModified, 1);
    const last = site.log.filter((r) => r.path === '/etag').at(-1);
    assert.equal(last?.headers['if-none-match'], '"v1"');
    assert.equal(last?.headers['if-modified-since'], 'Mon, 02 Nov 2026 10:00:00 GMT');
    assert.equal(
      second.frontier.recordOf(url)?.lastModified,
      'Mon, 02 Nov 2026 10:00:00 GMT',
      'validators kept',
    );
  });
});

describe('crawl() politeness timing', () => {
  test('crawl() spaces requests to one host by the robots.txt Crawl-delay', async () => {
    const site = await startSite({ crawlDelay: 0.2 });
    try {
      await run([`${site.origin}/feeds/rss.xml`], { maxDepth: 0, concurrency: 4 });
      const times = site.log.filter((r) => r.path !== '/robots.txt').map((r) => r.at);
      assert.ok(times.length >= 3);
      // Lower bound only (machines are noisy): 200 ms asked, 180 ms allowed for clock granularity.
      for (let i = 1; i < times.length; i++) assert.ok((times[i] ?? 0) - (times[i - 1] ?? 0) >= 180);
    } finally {
      await site.close();
    }
  });
});
