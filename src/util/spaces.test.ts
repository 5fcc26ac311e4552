import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseSpaces, isRegexSpace } from './spaces.ts';

test('isRegexSpace() is true for exactly the code units \\s matches', () => {
  const space = /\s/;
  for (let code = 0; code <= 0xffff; code++) {
    if (isRegexSpace(code) !== space.test(String.fromCharCode(code))) assert.fail(`U+${code.toString(16)}`);
  }
});

test('collapseSpaces() gives what replace(/\\s+/g, " ") gives, runs of any \\s and lone ones alike', () => {
  const samples = [
    '',
    ' ',
    'a b',
    'a  b',
    ' a\nb\t\tc \u00a0 d\u2028',
    'para one.\n\npara two.\u00a0end',
    '\n\n',
    'x\u3000y  \r\n z ',
  ];
  const pieces = [' ', '  ', '\n', '\t', '\u00a0', 'a', 'bc', '.'];
  for (let i = 0; i < 2000; i++) {
    let s = '';
    for (let j = 0; j < 8; j++) s += pieces[(i * 7 + j * 13 + ((i >> j) & 3)) % pieces.length];
    samples.push(s);
  }
  for (const s of samples) assert.equal(collapseSpaces(s), s.replace(/\s+/g, ' '), JSON.stringify(s));
});
