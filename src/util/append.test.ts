import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appendAll } from './append.ts';

test('appendAll() appends in order, in place', () => {
  const target = [1, 2];
  assert.equal(appendAll(target, [3, 4]), target);
  assert.deepEqual(target, [1, 2, 3, 4]);
});

test('appendAll() takes more items than a spread call can pass (no stack overflow)', () => {
  const many = Array.from({ length: 1_000_000 }, (_, i) => i);
  assert.throws(() => [].push(...(many as never[])), RangeError);
  assert.equal(appendAll([] as number[], many).length, 1_000_000);
});
