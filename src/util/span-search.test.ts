import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  firstStartingFrom,
  insideAny,
  inTextOrder,
  lastEndingBy,
  mentionsWithin,
  overlapping,
  overlapsAny,
} from './span-search.ts';

const span = (start: number, end: number) => ({ start, end });
// Mentions as findEntities() gives them: in text order, some touching, one nested in none.
const MENTIONS = [span(0, 4), span(5, 9), span(9, 12), span(20, 30), span(31, 35)];

/** Every [start, end) inside 0..40: the lookups must agree with a filter over the whole list. */
const SPANS = Array.from({ length: 41 }, (_, start) =>
  Array.from({ length: 41 - start }, (_, n) => span(start, start + n)),
).flat();

test('firstStartingFrom() finds the first span starting at or after a position', () => {
  assert.equal(firstStartingFrom(MENTIONS, 0), 0);
  assert.equal(firstStartingFrom(MENTIONS, 5), 1);
  assert.equal(firstStartingFrom(MENTIONS, 6), 2);
  assert.equal(firstStartingFrom(MENTIONS, 36), 5);
  assert.equal(firstStartingFrom([], 3), 0);
});

test('mentionsWithin() gives the mentions a span holds, as the filter over all of them does', () => {
  for (const s of SPANS) {
    const expected = MENTIONS.filter((m) => m.start >= s.start && m.end <= s.end);
    assert.deepEqual(mentionsWithin(MENTIONS, s), expected, `${s.start}-${s.end}`);
  }
});

test('lastEndingBy() gives the last mention ending by a position that passes the test', () => {
  const wide = (m: { start: number; end: number }) => m.end - m.start >= 4;
  for (let at = 0; at <= 40; at++) {
    assert.deepEqual(lastEndingBy(MENTIONS, at), MENTIONS.filter((m) => m.end <= at).pop(), `${at}`);
    assert.deepEqual(lastEndingBy(MENTIONS, at, wide), MENTIONS.filter((m) => m.end <= at && wide(m)).pop());
  }
});

test('insideAny() and overlapsAny() agree with a scan of every quotation, overlapping ones too', () => {
  const quotes = [span(25, 38), span(2, 10), span(3, 6), span(15, 16)];
  const inside = insideAny(quotes);
  const overlaps = overlapsAny(quotes);
  for (const s of SPANS) {
    assert.equal(
      inside(s),
      quotes.some((q) => s.start >= q.start && s.end <= q.end),
      `inside ${s.start}-${s.end}`,
    );
    assert.equal(
      overlaps(s),
      quotes.some((q) => q.start < s.end && s.start < q.end),
      `overlap ${s.start}-${s.end}`,
    );
  }
  assert.equal(insideAny([])(span(1, 2)), false);
  assert.equal(overlapsAny([])(span(1, 2)), false);
});

test('overlapping() gives the indices of the spans a span overlaps, ascending, as a filter does', () => {
  const quotes = [span(25, 38), span(2, 10), span(3, 6), span(15, 16), span(2, 10), span(0, 40)];
  const lookup = overlapping(quotes);
  for (const s of SPANS) {
    const expected = quotes.flatMap((q, i) => (q.start < s.end && s.start < q.end ? [i] : []));
    assert.deepEqual(lookup(s), expected, `${s.start}-${s.end}`);
  }
  assert.deepEqual(overlapping([])(span(1, 2)), []);
});

test('inTextOrder() keeps a sorted list as it is and sorts a copy of another', () => {
  assert.equal(inTextOrder(MENTIONS), MENTIONS);
  const shuffled = [MENTIONS[3]!, MENTIONS[0]!, MENTIONS[4]!];
  assert.deepEqual(inTextOrder(shuffled), [MENTIONS[0], MENTIONS[3], MENTIONS[4]]);
  assert.deepEqual(shuffled[0], MENTIONS[3]);
});
