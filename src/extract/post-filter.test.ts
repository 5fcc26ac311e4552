import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block, Metadata } from '../model.ts';
import { filterBlocks } from './post-filter.ts';

const metadata: Metadata = { authors: [], tags: [] };
const paragraph = (text: string): Block => ({ type: 'paragraph', text });
const texts = (blocks: readonly Block[]) => blocks.map((b) => ('text' in b ? b.text : b.type));

test('filterBlocks() drops in-page jump links written as text (Wix "top of page")', () => {
  const body =
    'The catering company serves weddings, corporate lunches and private dinners across the county.';
  const out = filterBlocks(
    [paragraph('top of page'), paragraph(body), paragraph('Back to Top'), paragraph('bottom of page')],
    metadata,
  );
  assert.deepEqual(texts(out.blocks), [body]);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    ['extract/page-anchor', 'extract/page-anchor', 'extract/page-anchor'],
  );
});

test('filterBlocks() keeps a sentence that only starts like a jump link', () => {
  const line = 'Back to top form, the striker scored twice in the second half.';
  assert.deepEqual(texts(filterBlocks([paragraph(line)], metadata).blocks), [line]);
});
