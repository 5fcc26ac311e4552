import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../model.ts';
import { layoutBlocks } from './layout.ts';

test('layoutBlocks() joins the blocks with newlines and gives each the span of its text', () => {
  const blocks: Block[] = [
    { type: 'paragraph', text: 'First.' },
    { type: 'figure', src: 'https://example.org/a.jpg', caption: 'A caption' },
    { type: 'list', ordered: false, items: ['one', 'two'] },
  ];
  const { text, blocks: out } = layoutBlocks(blocks);
  assert.equal(text, 'First.\none\ntwo');
  assert.deepEqual(
    out.map((b) => b.span),
    [{ start: 0, end: 6 }, undefined, { start: 7, end: 14 }],
  );
});

test("layoutBlocks() puts a quote's attribution on the line after it, inside the quote's span", () => {
  const { text, blocks } = layoutBlocks([
    { type: 'quote', text: 'SEO is not dead.', cite: 'Patrick Reinhart, Conductor' },
    { type: 'paragraph', text: 'After.' },
  ]);
  assert.equal(text, 'SEO is not dead.\nPatrick Reinhart, Conductor\nAfter.');
  const span = blocks[0]?.span;
  assert.equal(text.slice(span?.start, span?.end), 'SEO is not dead.\nPatrick Reinhart, Conductor');
});
