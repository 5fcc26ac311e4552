import assert from 'node:assert/strict';
import { test } from 'node:test';
import { randomStrings } from '../../../test/support/random-strings.ts';
import { letterOrDigitAt, wordEnd } from './word-scan.ts';

/** The pattern the scanner stands for (word-scan.ts). */
const WORD = /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*\.?/gu;

function byRegex(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => `${m.index}:${m[0]}`);
}

function byScan(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (letterOrDigitAt(text, i, text.length) === 0) {
      i++;
      continue;
    }
    const end = wordEnd(text, i, text.length);
    out.push(`${i}:${text.slice(i, end)}`);
    i = end;
  }
  return out;
}

const CASES = [
  'WASHINGTON (AP) — Sen. Jane O’Neill-Smith told the U.S. Senate on Sept. 8 that 7-Eleven’s plan…',
  "rock'n'roll, AT&T, a.-b, end. x.. y-- z'' 3.5% 1,000 e.g. ‘quoted’ -lead trail-",
  'Київ, Ñandú, 東京都, مرحبا, हिन्दी, Ελλάδα; Ⅻ and ² and ٣ digits',
  'astral: 𝐀𝐁𝐂 𠜎𠜱 letters, 😀 emoji, lone \ud800 high and \udc00 low surrogates',
  '',
  '.',
  '’s',
  "a'",
  'A.B.C.',
  'x&&y',
  'ends with joiner-',
];

test('the word scan finds the same words at the same places as the regex it stands for', () => {
  for (const text of CASES) assert.deepEqual(byScan(text), byRegex(text), text);
});

test('the word scan agrees with the regex on random strings of letters, digits, joiners and others', () => {
  const alphabet = [
    'a',
    'Z',
    '7',
    'é',
    'Ж',
    '東',
    '𝐀',
    '😀',
    "'",
    '’',
    '-',
    '.',
    '&',
    ' ',
    ',',
    '“',
    '\u00a0',
    '_',
  ];
  for (const text of randomStrings(alphabet, 2000, 23, 42)) {
    assert.deepEqual(byScan(text), byRegex(text), JSON.stringify(text));
  }
});

test('a limit ends the word as the end of the text would', () => {
  const text = 'U.S. officials';
  assert.equal(wordEnd(text, 0, 3), 3);
  assert.equal(wordEnd(text, 0, text.length), 4);
  assert.equal(letterOrDigitAt(text, 3, 3), 0);
});
