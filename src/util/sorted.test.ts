import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstAbove, firstAtOrAbove } from './sorted.ts';

test('firstAtOrAbove() and firstAbove() equal a linear scan, with repeats and out-of-range values', () => {
  const sorted = [1, 3, 3, 3, 7, 9];
  for (let value = -1; value <= 11; value++) {
    assert.equal(
      firstAtOrAbove(sorted, value),
      sorted.findIndex((x) => x >= value) === -1 ? 6 : sorted.findIndex((x) => x >= value),
      `≥ ${value}`,
    );
    assert.equal(
      firstAbove(sorted, value),
      sorted.findIndex((x) => x > value) === -1 ? 6 : sorted.findIndex((x) => x > value),
      `> ${value}`,
    );
  }
  assert.equal(firstAtOrAbove([], 5), 0);
  assert.equal(firstAbove([], 5), 0);
});
