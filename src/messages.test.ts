import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortExcerpt } from './messages.ts';

test('shortExcerpt() collapses whitespace and cuts long texts with an ellipsis', () => {
  assert.equal(shortExcerpt('  a \n\t b  '), 'a b');
  assert.equal(shortExcerpt('abcdefghij', 5), 'abcd…');
});

test('shortExcerpt() of a long text equals the excerpt of its whole collapsed text', () => {
  const whole = (text: string, max: number) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  };
  const texts = [
    `${' '.repeat(500)}word`,
    `${'a '.repeat(30)}${' '.repeat(400)}tail`,
    `lead${' \n'.repeat(300)}${'x'.repeat(10)}`,
    'w '.repeat(5000),
  ];
  for (const text of texts) assert.equal(shortExcerpt(text, 80), whole(text, 80));
});

test('shortExcerpt() equals collapsing every \\s run and trimming, then cutting, on any mix of characters', () => {
  const reference = (text: string, max: number) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  };
  // Every kind of \s (ASCII, NBSP, Zs, line separators, BOM), letters, a surrogate pair's halves.
  const alphabet = [
    ' ',
    '\n',
    '\t',
    '\v',
    '\u00a0',
    '\u2003',
    '\u2028',
    '\u3000',
    '\ufeff',
    'a',
    'Z',
    '“',
    '\ud83d',
    '\ude00',
  ];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  for (let round = 0; round < 3000; round++) {
    const length = next() % 200;
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
    for (const max of [1, 5, 40, 80])
      assert.equal(shortExcerpt(text, max), reference(text, max), JSON.stringify(text));
  }
});
