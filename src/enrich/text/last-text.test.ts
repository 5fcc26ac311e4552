import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuMs } from '../../../test/support/cpu-ms.ts';
import { forLastText } from './last-text.ts';

/** Two equal texts that are different string objects, each flat (so `===` compares characters). */
function equalCopies(length: number): [string, string] {
  const make = () => {
    // Built at run time (the always-true test is opaque to the compiler), so never one literal.
    const s = `${'word '.repeat(length / 5)}${Math.random() > 2 ? '' : 'end'}`;
    s.charCodeAt(0); // a rope is flattened when read
    return s;
  };
  return [make(), make()];
}

test('forLastText computes once per text and again only for another text', () => {
  let computed = 0;
  const length = forLastText((text: string) => {
    computed++;
    return text.length;
  });
  const [a, b] = equalCopies(100);
  assert.equal(length(a), length(a));
  assert.equal(length(b), a.length); // an equal copy is the same text
  assert.equal(computed, 1);
  assert.equal(length('other'), 5);
  assert.equal(computed, 2);
});

test('after an equal copy of the text, later questions about that copy compare no characters', () => {
  // Keeping the first object made every question about the copy compare the whole text:
  // the same 0.9 MB page run twice took 0.6 s, then 11 s.
  const [a, b] = equalCopies(2_000_000);
  const ask = forLastText((text: string) => text.length);
  ask(a);
  const questions = cpuMs(() => {
    for (let i = 0; i < 2000; i++) ask(b);
  });
  let same = 0;
  const comparisons = cpuMs(() => {
    for (let i = 0; i < 100; i++) if (a === b) same++;
  });
  assert.equal(same, 100);
  // 2 000 questions cost at most what 100 whole comparisons do (they were 2 000 comparisons).
  assert.ok(questions < comparisons, `2000 questions ${questions} ms, 100 comparisons ${comparisons} ms`);
});
