import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, BARE_ARTICLE } from '../../test/fixtures/format/article.ts';
import { toText } from './text.ts';

describe('toText()', () => {
  it('writes the body text exactly, with one final newline', () => {
    assert.equal(toText(ARTICLE), `${ARTICLE.text}\n`);
  });

  it('puts the title and a blank line on top when asked', () => {
    assert.equal(toText(ARTICLE, { title: true }), `${ARTICLE.title}\n\n${ARTICLE.text}\n`);
  });

  it('skips the title line when the article has no title', () => {
    assert.equal(toText(BARE_ARTICLE, { title: true }), 'Just one line.\n');
  });

  it('writes nothing for an empty body', () => {
    assert.equal(toText({ ...BARE_ARTICLE, text: '', blocks: [] }), '');
  });
});
