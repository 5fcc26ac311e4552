import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quote } from '../model.ts';
import { inlineTree, nestRanges, quoteRanges } from './inline.ts';

describe('nestRanges()', () => {
  it("splits a range that crosses its parent's end into nested pieces", () => {
    const out = nestRanges(
      [
        { start: 0, end: 4, kind: 'strong' },
        { start: 2, end: 6, kind: 'emphasis' },
      ],
      8,
    );
    assert.deepEqual(
      out.map((r) => `${r.kind}:${r.start}-${r.end}`),
      ['strong:0-4', 'emphasis:2-4', 'emphasis:4-6'],
    );
  });

  it('puts quotes outside links and code innermost when they cover the same text', () => {
    const out = nestRanges(
      [
        { start: 0, end: 3, kind: 'code' },
        { start: 0, end: 3, kind: 'link', href: 'https://x.example' },
        { start: 0, end: 3, kind: 'quote', quote: 0 },
      ],
      3,
    );
    assert.deepEqual(
      out.map((r) => r.kind),
      ['quote', 'link', 'code'],
    );
  });

  it('drops empty ranges, clips to the text and ignores anything inside code', () => {
    const out = nestRanges(
      [
        { start: 2, end: 2, kind: 'strong' },
        { start: -3, end: 99, kind: 'code' },
        { start: 1, end: 2, kind: 'emphasis' },
      ],
      5,
    );
    assert.deepEqual(out, [{ start: 0, end: 5, kind: 'code' }]);
  });
});

describe('inlineTree()', () => {
  it('covers every character exactly once, in order', () => {
    const text = 'abcdefgh';
    const tree = inlineTree(text, [
      { start: 1, end: 4, kind: 'strong' },
      { start: 2, end: 6, kind: 'emphasis' },
    ]);
    const flat = (nodes: typeof tree): string =>
      nodes.map((n) => ('text' in n ? n.text : flat(n.children))).join('');
    assert.equal(flat(tree), text);
  });
});

describe('quoteRanges()', () => {
  it('maps article-text quote offsets into the block and clips to it', () => {
    const quote = { content: 'cdefgh', start: 12, end: 18 } as Quote;
    const block = { type: 'paragraph' as const, text: 'abcdef', span: { start: 10, end: 16 } };
    assert.deepEqual(quoteRanges(block, [quote]), [{ start: 2, end: 6, kind: 'quote', quote: 0 }]);
  });

  it('ignores blocks without a span (figures)', () => {
    assert.deepEqual(quoteRanges({ type: 'figure' }, [{ start: 0, end: 5 } as Quote]), []);
  });
});
