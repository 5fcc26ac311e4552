import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readJsonLd } from './json-ld.ts';
import { parseJsonLd } from './json-ld-parse.ts';

test('parseJsonLd() reads blocks wrapped in HTML comments with // comments and trailing commas', () => {
  const raw = `<!--
  {
    // template comment
    "@type": "NewsArticle",
    "headline": "A",
    "keywords": ["x", "y",],
  }
  -->`;
  assert.deepEqual(parseJsonLd(raw), { '@type': 'NewsArticle', headline: 'A', keywords: ['x', 'y'] });
});

test('parseJsonLd() repairs raw newlines inside strings and ignores trailing junk', () => {
  const raw = '{"@type": "Article", "headline": "Line one\nline two"};\n</script>junk';
  assert.deepEqual(parseJsonLd(raw), { '@type': 'Article', headline: 'Line one line two' });
});

test('parseJsonLd() keeps URLs with // inside strings when a repair is needed', () => {
  const raw = '{"url": "https://example.com/a", "name": "b",}';
  assert.deepEqual(parseJsonLd(raw), { url: 'https://example.com/a', name: 'b' });
});

test('parseJsonLd() returns undefined for hopeless text', () => {
  assert.equal(parseJsonLd('not json at all'), undefined);
  assert.equal(parseJsonLd('   '), undefined);
});

test('readJsonLd() picks the Article in a Yoast @graph and resolves @id author references', () => {
  const graph = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': 'https://ex.com/#org', name: 'Example News' },
      { '@type': 'WebSite', '@id': 'https://ex.com/#site', name: 'Example', inLanguage: 'en-US' },
      {
        '@type': 'WebPage',
        '@id': 'https://ex.com/story/',
        name: 'Story | Example',
        datePublished: '2024-09-08',
      },
      {
        '@type': 'Article',
        headline: 'Story &amp; more',
        author: { '@id': 'https://ex.com/#/person/1' },
        publisher: { '@id': 'https://ex.com/#org' },
        mainEntityOfPage: { '@id': 'https://ex.com/story/' },
        articleSection: ['Politics', 'World'],
        keywords: 'a, b',
      },
      { '@type': 'Person', '@id': 'https://ex.com/#/person/1', name: 'Jane Doe' },
    ],
  });
  const facts = readJsonLd([graph], 'https://ex.com/story/');
  assert.equal(facts?.headline, 'Story & more');
  assert.deepEqual(facts?.authors, ['Jane Doe']);
  assert.equal(facts?.publisher, 'Example News');
  assert.equal(facts?.websiteName, 'Example');
  // Yoast puts dates on the WebPage node: used when the Article has none.
  assert.equal(facts?.published, '2024-09-08');
  assert.equal(facts?.section, 'Politics');
  assert.deepEqual(facts?.keywords, ['a', 'b']);
  assert.equal(facts?.type, 'Article');
});

test('readJsonLd() prefers the story whose URL is the page over another article in the same block', () => {
  const blocks = [
    JSON.stringify([
      { '@type': 'NewsArticle', headline: 'Related story', url: 'https://ex.com/other' },
      { '@type': 'NewsArticle', headline: 'This story', url: 'https://ex.com/this' },
    ]),
  ];
  assert.equal(readJsonLd(blocks, 'https://www.ex.com/this/')?.headline, 'This story');
});

test('readJsonLd() finds an article nested as mainEntity of a WebPage and reads author arrays', () => {
  const block = JSON.stringify({
    '@type': 'WebPage',
    mainEntity: {
      '@type': 'BlogPosting',
      headline: 'Nested',
      author: [
        { '@type': 'Person', name: 'A One' },
        'B Two',
        { '@type': 'Person', givenName: 'C', familyName: 'Three' },
      ],
      image: [{ '@type': 'ImageObject', url: 'https://ex.com/i.jpg' }],
    },
  });
  const facts = readJsonLd([block], undefined);
  assert.equal(facts?.headline, 'Nested');
  assert.deepEqual(facts?.authors, ['A One', 'B Two', 'C Three']);
  assert.equal(facts?.image, 'https://ex.com/i.jpg');
});

test('readJsonLd() never takes an Organization as the story', () => {
  const block = JSON.stringify({ '@type': 'Organization', name: 'Org', headline: 'Not a story' });
  assert.equal(readJsonLd([block], undefined)?.headline, undefined);
});
