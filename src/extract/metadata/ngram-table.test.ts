import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { compactNgrams, type NgramScores, ngramScores, ngramView } from './ngram-table.ts';

const table = (createRequire(import.meta.url)('./data/language-ngrams.json') as { ngrams: NgramScores })
  .ngrams;

test('the compact n-gram view gives eld exactly the scores of every n-gram in the table', () => {
  const view = ngramView(compactNgrams(table));
  let checked = 0;
  for (const [gram, scores] of Object.entries(table)) {
    assert.deepEqual(view[gram], scores, gram);
    // eld iterates each entry with for…in: same keys, same order.
    assert.deepEqual(Object.keys(view[gram]!), Object.keys(scores), gram);
    checked++;
  }
  assert.equal(checked, 49_553);
});

test('the compact n-gram view has nothing for n-grams the table lacks', () => {
  const compact = compactNgrams(table);
  const view = ngramView(compact);
  assert.equal(view['not an n-gram'], undefined);
  assert.equal('not an n-gram' in view, false);
  assert.equal(ngramScores(compact, ''), undefined);
});

test('compactNgrams() refuses scores that do not fit in a byte instead of wrapping them', () => {
  assert.throws(() => compactNgrams({ ' ab ': { '0': 300 } }), /does not fit/);
  assert.throws(() => compactNgrams({ ' ab ': { '0': 1.5 } }), /does not fit/);
  assert.throws(() => compactNgrams({ ' ab ': { '256': 7 } }), /does not fit/);
});
