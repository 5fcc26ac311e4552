import assert from 'node:assert/strict';
import { test } from 'node:test';
import { randomStrings } from '../../../test/support/random-strings.ts';
import { lowerCaseWords } from './lower-words.ts';

const REGEX = /\b\p{Ll}[\p{L}’']*/gu;

const CASES = [
  'Police in Ohio said the suspect’s car was found; "Staying on the Moon" is a film.',
  "xé élan café naïve Über über 3rd x_y a’b’ don’t rock'n'roll",
  'Київ і Львів, ñandú, δέλτα, ǅemal, ﬁne, 𝐚𝐛 astral, 😀x, lone \ud800a and \udc00b',
  '',
  'a',
  'É',
  '9a',
  '_a',
  'aA',
  'AAa',
];

test('lower-case words are the matches of the regex they stand for', () => {
  for (const text of CASES) assert.deepEqual(lowerCaseWords(text), text.match(REGEX) ?? [], text);
});

test('lower-case words agree with the regex on random strings', () => {
  const alphabet = ['a', 'Z', '7', '_', 'é', 'É', 'ж', 'Ж', '東', '𝐚', '😀', "'", '’', '-', ' ', '.', 'ǅ'];
  for (const text of randomStrings(alphabet, 3000, 19, 7)) {
    assert.deepEqual(lowerCaseWords(text), text.match(REGEX) ?? [], JSON.stringify(text));
  }
});
