import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHtml } from '../parse-html.ts';
import { extractMetadata } from './index.ts';

const read = (html: string) => extractMetadata(parseHtml(html).document, undefined);
const filler = (n: number) => '<span>x</span>'.repeat(n);

test('a date printed under the headline wins over JSON-LD datePublished, "Updated" label or not', () => {
  const { metadata, sources } = read(`<html><head><script type="application/ld+json">
  {"@type":"Article","headline":"Ten tips","datePublished":"2021-03-02","dateModified":"2025-08-14"}</script></head>
  <body><h1>Ten tips</h1><p class="byline">By Ann Poe</p><p>Updated August 14, 2025</p><p>Body.</p></body></html>`);
  assert.equal(metadata.published, '2025-08-14');
  assert.equal(sources.published, 'printed');
});

test('article:published_time wins over a printed "Updated" date and over the declared modified day', () => {
  const labelled =
    read(`<html><head><meta property="article:published_time" content="2024-10-15T09:00:00+00:00">
  </head><body><h1>Ten tips</h1><p>Updated on June 18, 2025</p></body></html>`);
  assert.equal(labelled.metadata.published, '2024-10-15T09:00:00+00:00');
  assert.equal(labelled.sources.published, 'article-published');
  const modifiedDay =
    read(`<html><head><meta property="article:published_time" content="2024-10-15T09:00:00+00:00">
  <meta property="article:modified_time" content="2025-06-18T10:00:00+00:00">
  </head><body><h1>Ten tips</h1><p>June 18, 2025</p></body></html>`);
  assert.equal(modifiedDay.sources.published, 'article-published');
});

test('an unlabelled printed date that article:published_time contradicts by more than a day wins (CMS import)', () => {
  const imported = read(`<html><head><meta property="article:published_time" content="2024-08-07T12:01:51Z">
  </head><body><article><h1>Lessons from a failed startup</h1><div><span>Dec 30, 2013</span></div></article></body></html>`);
  assert.equal(imported.metadata.published, '2013-12-30');
  assert.equal(imported.sources.published, 'printed-original');
  // One day apart is the same moment seen from another time zone: the meta keeps its time.
  const zone = read(`<html><head><meta property="article:published_time" content="2021-12-10T02:00:00+00:00">
  </head><body><h1>Story</h1><time>December 9, 2021</time></body></html>`);
  assert.equal(zone.metadata.published, '2021-12-10T02:00:00+00:00');
});

test('dates of a ticker above the headline or of teasers far below it are not the printed date', () => {
  const ticker = read(`<html><body><div class="ticker"><span>[ December 8, 2025 ]</span>${filler(30)}</div>
  <h1>Story</h1><p>Body.</p>${filler(60)}<p class="post-date">March 3, 2024</p></body></html>`);
  assert.equal(ticker.metadata.published, '2024-03-03');
  assert.equal(ticker.sources.published, 'visible-text');
});

test('a <time> whose text is a day before its UTC datetime gives the printed (local) day', () => {
  const { metadata } = read(`<html><body><article><h1>Home gym guide</h1>
  <time datetime="2026-02-24T04:13:00Z">February 23, 2026</time></article></body></html>`);
  assert.equal(metadata.published, '2026-02-23');
  const same = read(
    `<html><body><h1>Home gym guide</h1><time datetime="2026-02-24T04:13:00Z">Feb 24, 2026</time></body></html>`,
  );
  assert.equal(same.metadata.published, '2026-02-24T04:13:00Z');
});

test('a date line whose parts are glued together is read part by part: the first date, not the update', () => {
  const { metadata } =
    read(`<html><body><article><div class="date-line"><span>Health</span><span class="date">DECEMBER 22, 2022</span><span class="updated">Updated: JANUARY 02, 2026</span></div>
  <h1>Ten ways to rest</h1><p>Body.</p></article></body></html>`);
  assert.equal(metadata.published, '2022-12-22');
});
