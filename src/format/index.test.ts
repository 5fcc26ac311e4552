import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'htmlparser2';
import { ARTICLE } from '../../test/fixtures/format/article.ts';
import { FORMATS, type FormatName, formatArticle, isFormatName } from './index.ts';
import { toMarkdown } from './markdown.ts';
import { toJsonLine } from './record.ts';
import { toTei } from './tei.ts';

const NAMES = Object.keys(FORMATS) as FormatName[];

describe('formatArticle()', () => {
  it('renders every registered format to a non-empty string', () => {
    assert.deepEqual(NAMES.sort(), ['html', 'json', 'jsonl', 'jsonld', 'markdown', 'tei', 'text']);
    for (const name of NAMES) assert.ok(formatArticle(ARTICLE, name).length > 100, name);
  });

  it('delegates to the format renderers', () => {
    assert.equal(formatArticle(ARTICLE, 'markdown'), toMarkdown(ARTICLE));
    assert.equal(formatArticle(ARTICLE, 'tei'), toTei(ARTICLE));
    assert.equal(formatArticle(ARTICLE, 'jsonl'), toJsonLine(ARTICLE));
  });

  it('adds the explain report while keeping JSON formats valid JSON', () => {
    for (const name of ['json', 'jsonl', 'jsonld'] as const) {
      const parsed = JSON.parse(formatArticle(ARTICLE, name, { explain: true }));
      assert.match(parsed.explain, /^Explain: pages\/kyiv-talks\.html/, name);
    }
  });

  it('adds the explain report as a comment in HTML and TEI, with no "--" inside it', () => {
    for (const name of ['html', 'tei'] as const) {
      const out = formatArticle(ARTICLE, name, { explain: true });
      const comment = /<!--\n([\s\S]*)-->\n$/.exec(out);
      assert.ok(comment, name);
      assert.equal(comment[1]?.includes('--'), false);
      const nodes = parseDocument(out, { xmlMode: name === 'tei' }).children;
      assert.ok(
        nodes.some((n) => n.type === 'comment'),
        name,
      );
    }
  });

  it('appends the explain report after the text and Markdown outputs', () => {
    const md = formatArticle(ARTICLE, 'markdown', { explain: true });
    assert.ok(md.startsWith(toMarkdown(ARTICLE)));
    assert.match(md, /\n---\n\nExplain: pages\/kyiv-talks\.html/);
  });

  it('passes the title option to the text format', () => {
    assert.ok(formatArticle(ARTICLE, 'text', { title: true }).startsWith(`${ARTICLE.title}\n\n`));
    assert.ok(formatArticle(ARTICLE, 'text').startsWith("Ukraine's foreign ministry"));
  });

  it('isFormatName() accepts registered names only', () => {
    assert.equal(isFormatName('tei'), true);
    assert.equal(isFormatName('toString'), false);
    assert.equal(isFormatName('pdf'), false);
  });
});
