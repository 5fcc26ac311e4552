import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, BARE_ARTICLE } from '../../test/fixtures/format/article.ts';
import { assertGolden } from '../../test/fixtures/format/golden.ts';
import { toJsonLd, toJsonLdObject } from './json-ld.ts';

describe('toJsonLd()', () => {
  it('matches the golden JSON-LD of the rich fixture', () => {
    assertGolden('article.jsonld', toJsonLd(ARTICLE));
  });

  it('is valid JSON describing a schema.org NewsArticle', () => {
    const ld = JSON.parse(toJsonLd(ARTICLE));
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, ARTICLE.title);
    assert.deepEqual(ld.author, [
      { '@type': 'Person', name: 'Olena Example' },
      { '@type': 'Person', name: 'John Sample' },
    ]);
    assert.equal(ld.datePublished, ARTICLE.published);
    assert.deepEqual(ld.publisher, { '@type': 'Organization', name: 'Example News' });
    assert.deepEqual(ld.mainEntityOfPage, { '@type': 'WebPage', '@id': ARTICLE.canonicalUrl });
    assert.equal(ld.articleBody, ARTICLE.text);
  });

  it('maps datelines, credits, figures and teasers to their schema.org properties', () => {
    const ld = toJsonLdObject(ARTICLE);
    assert.equal(ld.dateline, 'KYIV, Ukraine, Sept 9');
    assert.deepEqual(ld.sourceOrganization, [{ '@type': 'Organization', name: 'Reuters' }]);
    assert.deepEqual(ld.associatedMedia, [
      {
        '@type': 'ImageObject',
        contentUrl: 'https://img.example.com/geneva.jpg',
        caption: 'Delegates arrive in Geneva on Sunday.',
        creditText: 'Reuters/File',
        description: 'The Palais des Nations in Geneva',
      },
    ]);
    assert.deepEqual(ld.relatedLink, ['https://news.example.com/world/grain']);
    assert.deepEqual(ld.hasPart, [
      { '@type': 'WebPageElement', name: 'Markets react to the news', text: 'Stocks rose in Europe.' },
    ]);
  });

  it('types mentions by entity type and cites attribution sources', () => {
    const ld = toJsonLdObject(ARTICLE);
    assert.deepEqual(
      (ld.mentions as { '@type': string; name: string }[]).map((m) => `${m['@type']}:${m.name}`),
      [
        'Place:Ukraine',
        "Organization:Ukraine's foreign ministry",
        'Place:Geneva',
        'Person:Sean Savett',
        'Event:Geneva talks',
      ],
    );
    assert.deepEqual(ld.citation, [
      {
        '@type': 'CreativeWork',
        author: { '@type': 'Thing', name: 'Officials' },
        abstract: 'the delegation left on Sunday',
      },
    ]);
  });

  it('leaves out unknown properties instead of writing null or empty lists', () => {
    assert.deepEqual(toJsonLdObject(BARE_ARTICLE), {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      articleBody: 'Just one line.',
    });
  });

  it('can be embedded in a script element: no "</script>" survives', () => {
    const out = toJsonLd({ ...BARE_ARTICLE, title: '</script><script>alert(1)</script>' });
    assert.equal(out.includes('</script>'), false);
    assert.equal(JSON.parse(out).headline, '</script><script>alert(1)</script>');
  });
});
