import assert from 'node:assert/strict';
import { test } from 'node:test';
import { randomStrings } from '../../test/support/random-strings.ts';
import { creditSeparators, unglue } from './glue.ts';

/** The regex the scan stands for (glue.ts). */
const SEPARATOR_RE = /\s*(?:—|–|--|(?<=[.!?"”’)])\s?-|\s-)\s*/g;

function byRegex(line: string): Array<{ start: number; end: number }> {
  return [...line.matchAll(SEPARATOR_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

test('credit separators are the matches of the regex they replace', () => {
  const lines = [
    'Pope Francis at the Vatican Museum. —AFP/FileROME: Italian sculptor',
    'systems.—X@IuliiaMendelSTOCKHOLM: The',
    'man. — APP/File',
    'anti-government protest',
    'a -- b',
    'a  -b',
    '— -x',
    'Museum.-AFP',
    'x.--y',
    'end -',
    '-start',
    '“Quote”- AP',
    'a\u00a0—\u00a0b',
    '',
  ];
  for (const line of lines) assert.deepEqual(creditSeparators(line), byRegex(line), line);
});

test('credit separators agree with the regex on random lines', () => {
  const alphabet = ['a', 'B', ' ', ' ', '\u00a0', '-', '-', '—', '–', '.', '!', '"', '”', '’', ')', '/', ':'];
  for (const line of randomStrings(alphabet, 4000, 15, 3)) {
    assert.deepEqual(creditSeparators(line), byRegex(line), JSON.stringify(line));
  }
});

test('unglue splits the seed page’s caption, photo credit and the next story’s dateline', () => {
  const glued = unglue('A sculpture on display at the Vatican Museum. —AFP/FileROME: Italian sculptor Jago');
  assert.equal(glued?.caption, 'A sculpture on display at the Vatican Museum.');
  assert.equal(glued?.dateline?.city, 'Rome');
  assert.equal(glued?.lead?.trim(), 'Italian sculptor Jago');
});
