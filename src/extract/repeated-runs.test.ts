import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../model.ts';
import { repeatedRunIndices } from './repeated-runs.ts';

const p = (text: string): Block => ({ type: 'paragraph', text });
const h = (text: string): Block => ({ type: 'heading', level: 2, text });

const SECTION: Block[] = [
  h('How much does a remodel cost?'),
  p('The cost of remodelling varies widely with the kind of work and the region of the state.'),
  {
    type: 'list',
    ordered: false,
    items: ['Cosmetic updates: painting and flooring', 'Major remodels: kitchens'],
  },
  p('Regional variations also play a part in what a project costs in the end.'),
];

test('a section rendered once per screen size keeps only its first copy (WCXB 0355)', () => {
  const blocks = [...SECTION, ...SECTION, ...SECTION];
  assert.deepEqual(repeatedRunIndices(blocks), [4, 5, 6, 7, 8, 9, 10, 11]);
});

test('a copy that differs in one block is still a copy after that block', () => {
  const tail = p('Permits are needed for structural, electrical and plumbing work.');
  const original = [...SECTION, p('Desktop-only line'), tail];
  const variant = [...SECTION, p('Mobile-only line'), tail];
  assert.deepEqual(repeatedRunIndices([...original, ...variant]), [6, 7, 8, 9, 11]);
});

test('the same steps far apart are the page saying them twice (ScrapingHub 5f03fc17)', () => {
  const steps = SECTION.slice(1, 4);
  const blocks = [
    h('Plan A'),
    ...steps,
    p('Plan A lunch: chicken with rice and greens.'),
    p('Plan A dinner.'),
    p('A snack.'),
    h('Plan B'),
    ...steps,
  ];
  assert.deepEqual(repeatedRunIndices(blocks), []);
});

test('a short line said twice is not a copy', () => {
  const blocks = [p('Read more'), ...SECTION.slice(1, 2), p('Read more')];
  assert.deepEqual(repeatedRunIndices(blocks), []);
});
