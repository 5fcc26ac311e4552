import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readSitemap } from '../../src/ingest/sitemap.ts';

const BASE = 'https://gazette.example/sitemap.xml';
const NEWS = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:n="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc>https://gazette.example/news/1?a=1&amp;b=2</loc><lastmod>2026-11-01</lastmod>
<image:image><image:loc>https://gazette.example/img/1.jpg</image:loc></image:image>
<n:news><n:publication><n:name>Gazette</n:name><n:language>en</n:language></n:publication>
<n:publication_date>2026-11-02T06:00:00+01:00</n:publication_date><n:title>Strike &amp; talks</n:title></n:news></url>
<url><loc>/news/2</loc></url>
<url><loc>javascript:alert(1)</loc></url>
</urlset>`;

test('readSitemap() reads a Google News urlset: loc, lastmod, publication_date, title; image:loc ignored', async () => {
  const result = await readSitemap(new TextEncoder().encode(NEWS), { base: BASE });
  assert.equal(result.kind, 'urlset');
  assert.deepEqual(result.entries, [
    {
      url: 'https://gazette.example/news/1?a=1&b=2',
      lastmod: '2026-11-01',
      published: '2026-11-02T06:00:00+01:00',
      title: 'Strike & talks',
    },
    { url: 'https://gazette.example/news/2' },
  ]);
});

test('readSitemap() inflates a gzip sitemap streamed in small chunks', async () => {
  const gz = gzipSync(NEWS);
  const chunks = Array.from({ length: Math.ceil(gz.length / 64) }, (_, i) =>
    gz.subarray(i * 64, i * 64 + 64),
  );
  const result = await readSitemap(Readable.from(chunks), { base: BASE });
  assert.equal(result.entries.length, 2);
  assert.equal(result.entries[0]?.title, 'Strike & talks');
});

test('readSitemap() reads a sitemap index and counts entries beyond maxEntries as dropped', async () => {
  const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://gazette.example/s1.xml.gz</loc><lastmod>2026-11-02T00:00:00Z</lastmod></sitemap>
<sitemap><loc>https://gazette.example/s2.xml</loc></sitemap>
<sitemap><loc>https://gazette.example/s3.xml</loc></sitemap></sitemapindex>`;
  const result = await readSitemap(new TextEncoder().encode(index), { base: BASE, maxEntries: 2 });
  assert.equal(result.kind, 'sitemapindex');
  assert.deepEqual(result.entries, [
    { url: 'https://gazette.example/s1.xml.gz', lastmod: '2026-11-02T00:00:00Z' },
    { url: 'https://gazette.example/s2.xml' },
  ]);
  assert.equal(result.dropped, 1);
});

test('readSitemap() rejects a corrupt gzip sitemap', async () => {
  const gz = gzipSync(NEWS);
  gz[20] = (gz[20] ?? 0) ^ 0xff;
  gz[40] = (gz[40] ?? 0) ^ 0xff;
  await assert.rejects(readSitemap(gz, { base: BASE }));
});
