import assert from 'node:assert/strict';
import { test } from 'node:test';
import { structuredFromText } from '../../test/gold/enrich/structured.ts';
import { resolveOptions } from '../options.ts';
import { enrich } from './index.ts';

const run = (text: string) => enrich(structuredFromText(text), resolveOptions());

test('a claim reported by news outlets is an attribution with every outlet as a source', () => {
  const doc = run(
    'CNN and the Wall Street Journal reported on Friday that Iran had transferred missiles to Russia, citing unidentified sources.',
  );
  assert.deepEqual(doc.quotes, []);
  assert.deepEqual(doc.attributions[0]?.sources, ['CNN', 'The Wall Street Journal']);
  assert.equal(doc.attributions[0]?.claim, 'Iran had transferred missiles to Russia');
  assert.equal(doc.attributions[0]?.anonymous, true);
  assert.deepEqual(doc.attributions[0]?.qualifiers, ['citing unidentified sources']);
});

test('anonymity qualifiers and anonymous sources make an attribution anonymous', () => {
  const cases = [
    'The company plans to cut 4,000 jobs, according to people familiar with the matter.',
    'Two people briefed on the talks said the president had decided to delay the tariffs.',
    'Officials who spoke on condition of anonymity said the deal would be signed next week.',
    'A person familiar with the matter told Reuters that employees will be notified on Monday.',
  ];
  for (const text of cases) {
    const a = run(text).attributions[0];
    assert.equal(a?.anonymous, true, text);
  }
});

test('a named outlet without sourcing qualifiers is not anonymous', () => {
  const a = run('Reuters reported in August that Russia was expecting the delivery of hundreds of missiles.')
    .attributions[0];
  assert.deepEqual([a?.sources, a?.anonymous], [['Reuters'], false]);
});

test('documents and studies are attribution sources, people are quotes', () => {
  const doc = run(
    'The officers signed false certifications, according to court records. The mayor said the inquiry would continue into next year.',
  );
  assert.equal(doc.attributions.length, 1);
  assert.equal(doc.attributions[0]?.sources[0], 'court records');
  assert.equal(doc.quotes.length, 1);
});
