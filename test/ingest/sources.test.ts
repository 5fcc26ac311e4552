import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { MemoryFrontier } from '../../src/ingest/crawl/index.ts';
import { readJsonl } from '../../src/ingest/jsonl.ts';
import { classifyInput, ingestSources, type SourceItem } from '../../src/ingest/sources.ts';
import { warcResponseRecord } from '../../src/ingest/warc-write.ts';
import { page, startSite } from './fixture-site.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dateline-sources-'));
  await mkdir(join(dir, 'pages', 'sub'), { recursive: true });
  await writeFile(join(dir, 'pages', 'a.html'), page('A', '<p>a</p>'));
  await writeFile(join(dir, 'pages', 'b.html.gz'), gzipSync(page('B', '<p>b</p>')));
  await writeFile(join(dir, 'pages', 'sub', 'c.txt'), 'PORTVILLE — Flattened text.');
  await writeFile(join(dir, 'pages', 'logo.png'), 'not a page');
  const lines = [
    JSON.stringify({ url: 'https://gazette.example/1', html: page('One', '<p>Café 1 €</p>') }),
    '',
    '{"url": "https://gazette.example/broken", "html": ',
    JSON.stringify({ url: 'https://gazette.example/2' }),
    JSON.stringify({
      url: 'https://gazette.example/3',
      html: page('Three', '<p>3</p>'),
      fetched_at: '2026-11-02',
    }),
  ];
  await writeFile(join(dir, 'pages.jsonl'), `${lines.join('\n')}\n`);
  const records = await Promise.all(
    ['x', 'y', 'z'].map((name) =>
      warcResponseRecord({ url: `https://gazette.example/${name}`, html: page(name, '') }),
    ),
  );
  await writeFile(join(dir, 'crawl.warc.gz'), Buffer.concat(records));
});
after(() => rm(dir, { recursive: true, force: true }));

async function collect(input: string, options: Parameters<typeof ingestSources>[1]): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  await ingestSources(input, options, async (item) => {
    items.push(item);
  });
  return items;
}

test('classifyInput() tells URLs, folders, WARC, JSON Lines and page files apart', async () => {
  assert.equal(await classifyInput('https://gazette.example/feed.xml'), 'url');
  assert.equal(await classifyInput(join(dir, 'pages')), 'folder');
  assert.equal(await classifyInput(join(dir, 'crawl.warc.gz')), 'warc');
  assert.equal(await classifyInput(join(dir, 'pages.jsonl')), 'jsonl');
  assert.equal(await classifyInput(join(dir, 'pages', 'a.html')), 'file');
});

test('ingestSources() reads a folder recursively in path order (gzip inflated, non-pages ignored) and resumes after a cursor', async () => {
  const items = await collect(join(dir, 'pages'), { maxBytes: 1 << 20 });
  assert.deepEqual(
    items.map((item) => item.cursor),
    ['a.html', 'b.html.gz', join('sub', 'c.txt')],
  );
  assert.match(Buffer.from(items[1]?.source.bytes ?? []).toString('utf8'), /<h1>B<\/h1>/);
  const resumed = await collect(join(dir, 'pages'), { maxBytes: 1 << 20, resumeAfter: 'b.html.gz' });
  assert.deepEqual(
    resumed.map((item) => item.cursor),
    [join('sub', 'c.txt')],
  );
});

test('readJsonl() yields {url, html} lines as UTF-8 HTML sources and reports bad lines by number', async () => {
  const skips: Array<{ line: number; reason: string }> = [];
  const items = [];
  for await (const item of readJsonl(join(dir, 'pages.jsonl'), { onSkip: (s) => skips.push(s) }))
    items.push(item);
  assert.deepEqual(
    items.map((item) => [item.line, item.source.url]),
    [
      [1, 'https://gazette.example/1'],
      [5, 'https://gazette.example/3'],
    ],
  );
  assert.equal(items[0]?.source.contentType, 'text/html; charset=utf-8');
  assert.match(Buffer.from(items[0]?.source.bytes ?? []).toString('utf8'), /Café 1 €/);
  assert.equal(items[1]?.source.fetchedAt, '2026-11-02');
  assert.deepEqual(
    skips.map((s) => [s.line, s.reason.split(' (')[0]]),
    [
      [3, 'invalid JSON'],
      [4, 'no "html" string'],
    ],
  );
});

test('ingestSources() resumes a JSON Lines file and a WARC from the last stored cursor', async () => {
  const jsonl = await collect(join(dir, 'pages.jsonl'), { maxBytes: 1 << 20, resumeAfter: '1' });
  assert.deepEqual(
    jsonl.map((item) => item.source.url),
    ['https://gazette.example/3'],
  );
  const warc = join(dir, 'crawl.warc.gz');
  const all = await collect(warc, { maxBytes: 1 << 20 });
  assert.equal(all.length, 3);
  const rest = await collect(warc, { maxBytes: 1 << 20, resumeAfter: all[0]?.cursor });
  assert.deepEqual(
    rest.map((item) => item.source.url),
    ['https://gazette.example/y', 'https://gazette.example/z'],
  );
});

test('ingestSources() crawls a URL through the frontier: a sitemap index becomes its pages', async () => {
  const site = await startSite({ crawlDelay: 0.01 });
  try {
    const items = await collect(`${site.origin}/sitemap-index.xml`, {
      maxBytes: 1 << 20,
      frontier: new MemoryFrontier(),
      crawl: { delayMs: 0, maxDepth: 0 },
    });
    assert.deepEqual(items.map((item) => new URL(item.cursor).pathname).sort(), ['/news/d', '/news/e']);
  } finally {
    await site.close();
  }
});
