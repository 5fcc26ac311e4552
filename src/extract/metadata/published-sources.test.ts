import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHtml } from '../parse-html.ts';
import { extractMetadata } from './index.ts';

/** The published date and the source that gave it, for a page written inline. */
function published(html: string): { date: string | undefined; source: string | undefined } {
  const { metadata, sources } = extractMetadata(parseHtml(html).document, undefined);
  return { date: metadata.published, source: sources.published };
}

test('a wrapper whose id names the main content is never furniture, whatever its class (WCXB 4010, 0186)', () => {
  // Shopify's section wrapper carries "under-menu"; SNO's "sno-story-template-sidebar".
  const html = `<html><body>
  <div class="shopify-section under-menu" id="shopify-section-template--263__main">
    <h1>The Best 75% Keyboards</h1><div class="article-page__date"><span>June 10, 2025</span></div>
  </div>
  <div class="sidebar" id="sidebar-widgets"><h1>Popular</h1><span class="date">July 12, 2025</span></div>
  </body></html>`;
  assert.deepEqual(published(html), { date: '2025-06-10', source: 'printed' });
});

test('a real sidebar gives no printed date: its date is only the last resort', () => {
  const html = `<html><body><h1>Story</h1>
  <div class="sidebar"><span class="date">July 12, 2025</span></div><p>Body</p></body></html>`;
  assert.deepEqual(published(html), { date: '2025-07-12', source: 'furniture-date' });
  const dated = html.replace('<p>Body', '<p class="posted-on">Posted on May 2, 2025</p><p>Body');
  assert.deepEqual(published(dated), { date: '2025-05-02', source: 'printed' });
});

test('JSON-LD printed as <meta name="script:ld+json"> (Next.js metadata.other) is read (WCXB 4053)', () => {
  const ld = JSON.stringify({
    '@type': 'Article',
    headline: 'Full EV Cars',
    datePublished: '2025-11-17T09:00:00-05:00',
  });
  const html = `<html><head><meta name="script:ld+json" content="${ld.replaceAll('"', '&quot;')}"></head>
  <body><h1>Full EV Cars</h1></body></html>`;
  assert.deepEqual(published(html), { date: '2025-11-17T09:00:00-05:00', source: 'json-ld' });
});

test('a vendor meta name saying "published date" is read after the known names (WCXB 0237)', () => {
  const vendor = '<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">';
  assert.deepEqual(published(`<html><head>${vendor}</head><body></body></html>`), {
    date: '2025-05-27T06:03:43Z',
    source: 'meta-date',
  });
  const both = `<meta name="w-published-date" content="2025-05-27"><meta name="pubdate" content="2024-01-02">`;
  assert.equal(published(`<html><head>${both}</head><body></body></html>`).date, '2024-01-02');
  // "publisher" and "read-time" are not dates.
  const none =
    '<meta name="article:publisher" content="https://x.example"><meta name="read-time" content="5">';
  assert.equal(published(`<html><head>${none}</head><body></body></html>`).date, undefined);
});

test('"originally published on <date>" wins over the printed date (WCXB 4565)', () => {
  const html = `<html><body><h1>Tiny homes</h1><time datetime="2022-09-30T11:07">30 Sep 2022</time>
  <p>This article was originally published on 26 Sep 2019 at 4:12pm but has been updated.</p></body></html>`;
  assert.deepEqual(published(html), { date: '2019-09-26T16:12:00', source: 'originally-published' });
});

test('"originally published in <month>" never takes the date of the update that follows (WCXB 0127)', () => {
  const html = `<html><body><h1>Cleaning</h1>
  <p><em>Originally published in March 2022. Last updated on December 20, 2024.</em></p></body></html>`;
  assert.notEqual(published(html).source, 'originally-published');
});

test('a date in a meta column laid out as an <aside> next to the headline is the last resort (WCXB 4174)', () => {
  const html = `<html><body><main><h1>Sleep training</h1>
  <aside class="side-col"><p class="article_date">May 25, 2023</p></aside><p>Body</p></main></body></html>`;
  assert.deepEqual(published(html), { date: '2023-05-25', source: 'furniture-date' });
  const declared = html.replace('<main>', '<main><meta itemprop="datePublished" content="2023-05-20">');
  assert.equal(published(declared).date, '2023-05-20');
});
