import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCapitalized, scanWords, wordsIn } from './words.ts';

const TEXT =
  'WASHINGTON (AP) — Sen. Jane O’Neill-Smith told the U.S. Senate on Sept. 8 that 7-Eleven’s ' +
  'plan was “not enough,” citing a.m. reports. Ukraine’s president, Volodymyr Zelensky, said: ' +
  '“We will stand.” Dr. A. B. Carter, 54, of Washington, D.C., disagreed; e.g. in Kyiv.';

test('wordsIn() gives the words of text.slice(from, to) for every range, as the direct scan does', () => {
  for (let from = 0; from <= TEXT.length; from += 3) {
    for (let to = from; to <= TEXT.length; to += 7) {
      assert.deepEqual(wordsIn(TEXT, from, to), scanWords(TEXT, from, to), `range ${from}–${to}`);
    }
  }
});

test('wordsIn() keeps the period of abbreviations and initialisms only', () => {
  const words = wordsIn(TEXT).map((w) => w.text);
  assert.ok(
    words.includes('Sen.') && words.includes('U.S.') && words.includes('Sept.') && words.includes('a.m.'),
  );
  assert.ok(words.includes('reports') && !words.includes('reports.'));
  assert.ok(words.includes('O’Neill-Smith') && words.includes('7-Eleven’s'));
});

test('wordsIn() over a range cut mid-word gives the part inside the range', () => {
  const at = TEXT.indexOf('Senate');
  assert.deepEqual(wordsIn(TEXT, at + 2, at + 4), [{ text: 'na', start: at + 2, end: at + 4 }]);
  // Another text in between does not disturb the kept tokens.
  assert.deepEqual(wordsIn('Kyiv said', 0, 4), [{ text: 'Kyiv', start: 0, end: 4 }]);
  assert.deepEqual(wordsIn(TEXT, at, at + 6), [{ text: 'Senate', start: at, end: at + 6 }]);
});

test('isCapitalized() reads ASCII and other scripts alike', () => {
  assert.equal(isCapitalized('Kyiv'), true);
  assert.equal(isCapitalized('kyiv'), false);
  assert.equal(isCapitalized('7-Eleven'), false);
  assert.equal(isCapitalized('Ñandú'), true);
  assert.equal(isCapitalized('Київ'), true);
  assert.equal(isCapitalized('ñandú'), false);
  assert.equal(isCapitalized(''), false);
});
