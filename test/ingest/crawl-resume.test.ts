import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { crawl, type HttpFetch, MemoryFrontier } from '../../src/ingest/crawl/index.ts';
import { startSite } from './fixture-site.ts';

test('crawl() stopped by its AbortSignal resumes from the frontier without fetching any URL twice', async () => {
  const site = await startSite({ crawlDelay: 0.05 });
  try {
    const frontier = new MemoryFrontier();
    const seeds = [`${site.origin}/feeds/rss.xml`, `${site.origin}/sitemap-index.xml`];
    const stored: string[] = [];
    const stop = new AbortController();
    const first = await crawl(seeds, {
      frontier,
      delayMs: 0,
      maxDepth: 0,
      signal: stop.signal,
      onPage: async (source) => {
        stored.push(source.input);
        if (stored.length === 2) stop.abort();
      },
    });
    assert.equal(first.aborted, true);
    assert.equal(first.pages, 2);
    const second = await crawl(seeds, {
      frontier,
      delayMs: 0,
      maxDepth: 0,
      onPage: async (source) => {
        stored.push(source.input);
      },
    });
    assert.equal(second.aborted, false);
    const paths = stored.map((url) => new URL(url).pathname);
    assert.deepEqual([...paths].sort(), ['/news/a', '/news/b', '/news/d', '/news/e']);
    for (const path of new Set(site.log.map((r) => r.path))) {
      if (path !== '/robots.txt') assert.equal(site.hits(path), 1, `${path} fetched once`);
    }
  } finally {
    await site.close();
  }
});

test('crawl() stops at maxPages and leaves the rest pending for the next run', async () => {
  const site = await startSite({ crawlDelay: 0.01 });
  try {
    const frontier = new MemoryFrontier();
    const seed = `${site.origin}/feeds/rss.xml`;
    const run = () =>
      crawl([seed], { frontier, delayMs: 0, maxDepth: 0, maxPages: 1, onPage: async () => {} });
    assert.equal((await run()).pages, 1);
    assert.equal(frontier.stateOf(`${site.origin}/news/b`), 'pending');
    assert.equal((await run()).pages, 1);
    assert.equal(frontier.stateOf(`${site.origin}/news/b`), 'done');
  } finally {
    await site.close();
  }
});

test('crawl() uses an injected transport: robots.txt 404 allows all, a JSON Feed lists articles', async () => {
  const asked: string[] = [];
  const body = (text: string) => Readable.from([new TextEncoder().encode(text)]);
  const fake: HttpFetch = async ({ url }) => {
    asked.push(new URL(url).pathname);
    const path = new URL(url).pathname;
    if (path === '/feed.json') {
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Fake',
        items: [{ id: '1', url: '/story', title: 'Story', date_published: '2026-11-02T10:00:00Z' }],
      };
      return {
        status: 200,
        headers: { 'content-type': 'application/feed+json' },
        body: body(JSON.stringify(feed)),
      };
    }
    if (path === '/story')
      return { status: 200, headers: { 'content-type': 'text/html' }, body: body('<p>Hi</p>') };
    return { status: 404, headers: {}, body: body('') };
  };
  const pages: string[] = [];
  await crawl(['https://news.example/feed.json'], {
    frontier: new MemoryFrontier(),
    fetch: fake,
    delayMs: 0,
    onPage: async (source) => {
      pages.push(source.url ?? '');
    },
  });
  assert.deepEqual(pages, ['https://news.example/story']);
  assert.deepEqual(asked, ['/robots.txt', '/feed.json', '/story']);
});

test('crawl() treats an unreachable robots.txt (5xx) as disallow-all (RFC 9309 §2.3.1.4)', async () => {
  const asked: string[] = [];
  const fake: HttpFetch = async ({ url }) => {
    asked.push(new URL(url).pathname);
    return { status: 503, headers: {}, body: Readable.from([]) };
  };
  const stats = await crawl(['https://down.example/a'], {
    frontier: new MemoryFrontier(),
    fetch: fake,
    delayMs: 0,
    onPage: async () => {},
  });
  assert.deepEqual(asked, ['/robots.txt']);
  assert.equal(stats.failed, 1);
});

test('crawl() stopped while robots.txt is loading leaves the URL pending, not failed', async () => {
  const stop = new AbortController();
  const fake: HttpFetch = ({ signal }) =>
    new Promise((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      stop.abort();
    });
  const frontier = new MemoryFrontier();
  const stats = await crawl(['https://slow.example/a'], {
    frontier,
    fetch: fake,
    delayMs: 0,
    signal: stop.signal,
    onPage: async () => {},
  });
  assert.equal(stats.aborted, true);
  assert.equal(stats.failed, 0);
  assert.equal(frontier.stateOf('https://slow.example/a'), 'pending');
});

test('crawl() refuses a seed that is not an http(s) URL', async () => {
  await assert.rejects(
    crawl(['ftp://files.example/x'], { frontier: new MemoryFrontier(), onPage: async () => {} }),
    /Cannot crawl "ftp:\/\/files\.example\/x": not an http\(s\) URL/,
  );
});
