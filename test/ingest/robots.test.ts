import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import {
  classifyContentType,
  looksLikeFeedOrSitemap,
  rootElement,
} from '../../src/ingest/crawl/content-type.ts';
import type { HttpResponse } from '../../src/ingest/crawl/http.ts';
import { RobotsCache } from '../../src/ingest/crawl/robots.ts';

function answer(status: number, text = '', headers: Record<string, string> = {}): HttpResponse {
  return { status, headers, body: Readable.from([new TextEncoder().encode(text)]) };
}

const ROBOTS = `User-agent: *
Disallow: /private/
Crawl-delay: 2

User-agent: Dateline
Disallow: /no-dateline/
Allow: /no-dateline/ok$
Crawl-delay: 0.5

Sitemap: https://gazette.example/sitemap.xml`;

test('RobotsCache reads our own group before *, with Allow, $ and a fractional Crawl-delay', async () => {
  const asked: string[] = [];
  const robots = new RobotsCache('Dateline', async (url) => {
    asked.push(url);
    return answer(200, ROBOTS);
  });
  const rules = await robots.rulesFor('https://gazette.example/news/1');
  assert.equal(rules.allowed('https://gazette.example/no-dateline/x'), false);
  assert.equal(rules.allowed('https://gazette.example/no-dateline/ok'), true);
  assert.equal(
    rules.allowed('https://gazette.example/private/x'),
    true,
    'the * group is not ours once we have one',
  );
  assert.equal(rules.crawlDelayMs, 500);
  assert.deepEqual(rules.sitemaps, ['https://gazette.example/sitemap.xml']);
  await robots.rulesFor('https://gazette.example/news/2');
  assert.deepEqual(asked, ['https://gazette.example/robots.txt'], 'once per origin');
});

test('RobotsCache follows a robots.txt redirect and treats 4xx as no rules', async () => {
  const moved = new RobotsCache('Dateline', async (url) =>
    url.endsWith('/robots.txt') && url.startsWith('http:')
      ? answer(301, '', { location: 'https://gazette.example/robots.txt' })
      : answer(200, 'User-agent: *\nDisallow: /'),
  );
  assert.equal((await moved.rulesFor('http://gazette.example/a')).allowed('http://gazette.example/a'), false);
  const missing = new RobotsCache('Dateline', async () => answer(404, 'nope'));
  assert.equal(
    (await missing.rulesFor('https://gazette.example/a')).allowed('https://gazette.example/a'),
    true,
  );
});

test('classifyContentType() accepts pages and listings and refuses the rest', () => {
  assert.equal(classifyContentType('text/html; charset=utf-8'), 'page');
  assert.equal(classifyContentType('application/rss+xml'), 'xml');
  assert.equal(classifyContentType('application/feed+json'), 'json');
  assert.equal(classifyContentType('application/x-gzip'), 'gzip');
  assert.equal(classifyContentType('text/plain'), 'maybe-xml');
  assert.equal(classifyContentType('image/jpeg'), undefined);
});

test('rootElement() skips the prolog, comments and doctype', () => {
  assert.equal(rootElement('<?xml version="1.0"?><!-- hi --><!DOCTYPE x><rdf:RDF xmlns:rdf="…">'), 'rdf:rdf');
  assert.equal(
    looksLikeFeedOrSitemap(new TextEncoder().encode('\uFEFF<?xml version="1.0"?>\n<urlset>')),
    true,
  );
  assert.equal(looksLikeFeedOrSitemap(new TextEncoder().encode('<html><body>')), false);
});
