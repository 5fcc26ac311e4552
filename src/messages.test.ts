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
