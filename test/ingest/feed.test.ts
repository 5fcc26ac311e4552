import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeedItems } from '../../src/ingest/feed.ts';
import { decodeXml } from '../../src/ingest/xml-text.ts';

const BASE = 'https://gazette.example/feeds/main.xml';

test('parseFeedItems() reads RSS 2.0 links, titles and pubDates, resolving relative links against the feed', () => {
  const feed = parseFeedItems(
    `<rss version="2.0"><channel><title>Gazette</title>
<item><title> Harbour reopens </title><link>/news/a</link><pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate></item>
<item><title>By guid</title><guid>https://gazette.example/news/g</guid></item>
<item><title>Not a permalink</title><guid isPermaLink="false">tag:gazette,2026:1</guid></item>
<item><title>Again</title><link>https://gazette.example/news/a#comments</link></item>
</channel></rss>`,
    BASE,
  );
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'Gazette');
  assert.deepEqual(feed.items, [
    {
      url: 'https://gazette.example/news/a',
      title: 'Harbour reopens',
      published: 'Mon, 02 Nov 2026 08:00:00 GMT',
    },
    { url: 'https://gazette.example/news/g', title: 'By guid' },
  ]);
});

test('parseFeedItems() reads RSS 1.0 (RDF) items with dc:date', () => {
  const feed = parseFeedItems(
    `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://gazette.example/"><title>Gazette RDF</title><link>https://gazette.example/</link><description>d</description></channel>
<item rdf:about="https://gazette.example/news/r"><title>RDF story</title><link>https://gazette.example/news/r</link><dc:date>2026-11-02T08:00:00Z</dc:date></item>
</rdf:RDF>`,
    BASE,
  );
  assert.equal(feed.format, 'rdf');
  assert.deepEqual(feed.items, [
    { url: 'https://gazette.example/news/r', title: 'RDF story', published: '2026-11-02T08:00:00Z' },
  ]);
});

test('parseFeedItems() reads Atom alternate links and prefers published over updated', () => {
  const feed = parseFeedItems(
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>x</id><updated>2026-11-02T10:00:00Z</updated>
<entry><title type="html">Storm &amp;amp; rain</title><id>1</id><link rel="enclosure" href="/img.jpg"/><link href="/news/s"/><published>2026-11-02T07:00:00Z</published><updated>2026-11-02T09:00:00Z</updated></entry>
<entry><title>Only updated</title><id>2</id><link rel="alternate" href="/news/u"/><updated>2026-11-02T09:30:00Z</updated></entry>
</feed>`,
    BASE,
  );
  assert.equal(feed.format, 'atom');
  assert.deepEqual(
    feed.items.map((item) => [item.url, item.published]),
    [
      ['https://gazette.example/news/s', '2026-11-02T07:00:00Z'],
      ['https://gazette.example/news/u', '2026-11-02T09:30:00Z'],
    ],
  );
});

test('parseFeedItems() reads JSON Feed items, falling back to external_url', () => {
  const feed = parseFeedItems(
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JSON Gazette',
      items: [
        {
          id: '1',
          url: 'https://gazette.example/news/j',
          title: 'JSON story',
          date_published: '2026-11-02T08:00:00Z',
        },
        { id: '2', external_url: 'https://wire.example/story' },
      ],
    }),
    BASE,
  );
  assert.equal(feed.format, 'json');
  assert.deepEqual(
    feed.items.map((item) => item.url),
    ['https://gazette.example/news/j', 'https://wire.example/story'],
  );
});

test('parseFeedItems() throws on text that is no feed', () => {
  assert.throws(() => parseFeedItems('<html><body>hello</body></html>', BASE));
});

test('decodeXml() honours the XML declaration encoding (ISO-8859-1 → windows-1252 per WHATWG)', () => {
  const bytes = Uint8Array.from([
    ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><t>caf'),
    0xe9,
    0x20,
    0x93,
    0x71,
    0x94,
    ...new TextEncoder().encode('</t>'),
  ]);
  assert.match(decodeXml(bytes), /<t>café “q”<\/t>/);
  assert.match(decodeXml(bytes, 'application/rss+xml; charset=utf-8'), /caf\uFFFD/);
});
