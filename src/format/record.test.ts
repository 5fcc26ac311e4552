import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ARTICLE, BARE_ARTICLE } from '../../test/fixtures/format/article.ts';
import { assertGolden } from '../../test/fixtures/format/golden.ts';
import { errorRecord, toJson, toJsonLine, toRecord } from './record.ts';

/** The keys outside tools rely on (docs/record.md). */
const CONTRACT_KEYS = [
  'input',
  'url',
  'error',
  'title',
  'authors',
  'published',
  'modified',
  'language',
  'siteName',
  'canonicalUrl',
  'description',
  'image',
  'section',
  'tags',
  'text',
  'blocks',
  'dateline',
  'credits',
  'figures',
  'teasers',
  'quotes',
  'attributions',
  'entities',
  'dates',
  'strategy',
  'charset',
  'metadataSources',
  'messages',
];

describe('toRecord()', () => {
  it('has every contract key, in a stable order', () => {
    assert.deepEqual(Object.keys(toRecord(ARTICLE)), CONTRACT_KEYS);
    assert.deepEqual(Object.keys(toRecord(BARE_ARTICLE)), CONTRACT_KEYS);
  });

  it('writes absent optional metadata as null and keeps lists as arrays', () => {
    const r = toRecord(BARE_ARTICLE);
    for (const key of [
      'url',
      'title',
      'published',
      'modified',
      'language',
      'siteName',
      'canonicalUrl',
    ] as const) {
      assert.equal(r[key], null, key);
    }
    assert.equal(r.dateline, null);
    for (const key of [
      'authors',
      'tags',
      'credits',
      'figures',
      'teasers',
      'quotes',
      'entities',
      'dates',
    ] as const) {
      assert.deepEqual(r[key], [], key);
    }
    assert.equal(r.error, null);
  });

  it('carries structure and enrich fields with null for unknown parts', () => {
    const r = toRecord(ARTICLE);
    assert.deepEqual(r.dateline, { city: 'Kyiv', region: 'Ukraine', date: 'Sept 9', agency: 'Reuters' });
    assert.deepEqual(r.teasers[1], {
      title: null,
      caption: 'Markets react to the news',
      credit: null,
      dateline: null,
      lead: 'Stocks rose in Europe.',
      truncated: false,
      url: null,
    });
    assert.deepEqual(r.quotes[1]?.speaker, {
      text: "Ukraine's foreign ministry",
      name: null,
      role: null,
      affiliation: null,
    });
    for (const q of r.quotes) assert.equal(r.text.slice(q.start, q.end), q.content);
    for (const d of r.dates) assert.equal(r.text.slice(d.start, d.end), d.text);
    assert.deepEqual(r.messages[0]?.span, null);
  });

  it('is plain data that survives a JSON round trip and does not alias the article', () => {
    const r = toRecord(ARTICLE);
    assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
    r.authors.push('Intruder');
    (r.blocks[0] as { text: string }).text = 'changed';
    assert.deepEqual(ARTICLE.authors, ['Olena Example', 'John Sample']);
    assert.notEqual((ARTICLE.blocks[0] as { text: string }).text, 'changed');
  });

  it('matches the golden record', () => {
    assertGolden('article.record.json', toJson(ARTICLE));
  });
});

describe('docs/record.md', () => {
  it('documents every record key in its field table', () => {
    const doc = readFileSync(new URL('../../docs/record.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    assert.deepEqual(documented, CONTRACT_KEYS);
  });
});

describe('errorRecord()', () => {
  it('has the same keys as a record, empty text and the error set', () => {
    const r = errorRecord('pages/broken.html', 'Cannot decode "pages/broken.html": unknown charset "x-foo"');
    assert.deepEqual(Object.keys(r), CONTRACT_KEYS);
    assert.equal(r.text, '');
    assert.equal(r.input, 'pages/broken.html');
    assert.match(r.error ?? '', /unknown charset/);
    assert.equal(r.title, null);
    assert.deepEqual(r.blocks, []);
  });
});

describe('toJsonLine()', () => {
  it('writes one line that parses back to the record', () => {
    const line = toJsonLine(ARTICLE);
    assert.equal(line.includes('\n'), false);
    assert.deepEqual(JSON.parse(line), toRecord(ARTICLE));
  });
});
