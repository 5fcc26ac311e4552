import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRegexSpace } from './spaces.ts';

test('isRegexSpace() is true for exactly the code units \\s matches', () => {
  const space = /\s/;
  for (let code = 0; code <= 0xffff; code++) {
    if (isRegexSpace(code) !== space.test(String.fromCharCode(code))) assert.fail(`U+${code.toString(16)}`);
  }
});
