import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNameRuns } from './runs.ts';

const runs = (text: string) => findNameRuns(text).map((r) => text.slice(r.start, r.end));

test('a name runs on over " & " and over ", Inc." but not over another comma', () => {
  assert.deepEqual(runs('Shares in Pacific Gas & Electric Co. fell.'), [
    'Shares',
    'Pacific Gas & Electric Co.',
  ]);
  assert.deepEqual(runs('The satellites of Tyvak Nano-Satellite Systems, Inc. flew.'), [
    'Tyvak Nano-Satellite Systems, Inc.',
  ]);
  assert.deepEqual(runs('It was Paris, France again.'), ['Paris', 'France']);
});

test('a channel number joins an all-caps name over one space only', () => {
  assert.deepEqual(runs('The report aired on ABC 7 last night.'), ['ABC 7']);
  assert.deepEqual(runs('The report aired on ABC  7 last night.'), ['ABC']);
});

test('words apart by several spaces stay one name; a possessive ends it', () => {
  assert.deepEqual(runs('He met Olena  Petrenko there.'), ['Olena  Petrenko']);
  assert.deepEqual(runs('Officials said Ukraine’s Foreign Ministry agreed.'), [
    'Officials',
    'Ukraine’s',
    'Foreign Ministry',
  ]);
});

test('a one-letter word starts no name where a sentence, a quote or an aside opens', () => {
  assert.deepEqual(runs('fans of the B Team cheered.'), ['B Team']);
  assert.deepEqual(runs('fans of the “B Team” cheered.'), ['Team']);
  assert.deepEqual(runs('fans of the (B Team) cheered.'), ['Team']);
  assert.deepEqual(runs('B Team fans cheered.'), ['Team']);
});

test('a run just inside a quotation mark is sentence-initial, one mid-sentence is not', () => {
  const [opening] = findNameRuns('“Savett agreed,” he said.');
  assert.equal(opening?.sentenceInitial, true);
  const [inside] = findNameRuns('he told Savett so.');
  assert.equal(inside?.sentenceInitial, false);
});
