import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanCredit } from './figure.ts';

test('cleanCredit() unwraps parentheses and drops "Image credit:" style labels', () => {
  assert.equal(cleanCredit('(Image credit: Future plc)'), 'Future plc');
  assert.equal(cleanCredit('(Image: gargantiopa / Getty Images)'), 'gargantiopa / Getty Images');
  assert.equal(cleanCredit('Photo: AFP/File'), 'AFP/File');
  assert.equal(cleanCredit('Reed Saxon / Associated Press'), 'Reed Saxon / Associated Press');
});
