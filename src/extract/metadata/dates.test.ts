import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFromUrl, normalizeDate, parseDateText } from './dates.ts';

test('normalizeDate() keeps time and offset as given, normalising the offset to ±HH:MM', () => {
  assert.equal(normalizeDate('2024-09-08T10:15:00+02:00'), '2024-09-08T10:15:00+02:00');
  assert.equal(normalizeDate('2024-09-08T10:15:00.123-0500'), '2024-09-08T10:15:00-05:00');
  assert.equal(normalizeDate('2024-09-08 10:15'), '2024-09-08T10:15');
  assert.equal(normalizeDate('2024-09-08T10:15:00Z'), '2024-09-08T10:15:00Z');
  assert.equal(normalizeDate('2024-09-08'), '2024-09-08');
});

test('normalizeDate() reads slashed dates and epoch seconds', () => {
  assert.equal(normalizeDate('2024/9/8'), '2024-09-08');
  assert.equal(normalizeDate('1725790500'), '2024-09-08T10:15:00Z');
});

test('normalizeDate() rejects impossible and placeholder dates', () => {
  assert.equal(normalizeDate('2024-02-30'), undefined);
  assert.equal(normalizeDate('0001-01-01T00:00:00Z'), undefined);
  assert.equal(normalizeDate(''), undefined);
});

test('normalizeDate() falls back to chrono-node for human text', () => {
  assert.equal(normalizeDate('Sun, 08 Sep 2024'), '2024-09-08');
});

test('parseDateText() reads visible dates, date-only unless the hour is given', () => {
  assert.equal(parseDateText('Posted on April 13, 2023'), '2023-04-13');
  assert.equal(parseDateText('Updated: 10/31/2024'), '2024-10-31');
  assert.equal(parseDateText('September 8, 2024 10:15 UTC'), '2024-09-08T10:15:00+00:00');
});

test('parseDateText() refuses dates without a year rather than guessing one', () => {
  assert.equal(parseDateText('Sep 8'), undefined);
  assert.equal(parseDateText('3 hours ago'), undefined);
});

test('dateFromUrl() reads /2024/09/08/ permalinks and ignores other numbers', () => {
  assert.equal(dateFromUrl('https://ex.com/2024/09/08/story-slug/'), '2024-09-08');
  assert.equal(dateFromUrl('https://ex.com/news/2024-9-8-story'), '2024-09-08');
  assert.equal(dateFromUrl('https://ex.com/2024/13/40/x'), undefined);
  assert.equal(dateFromUrl('https://ex.com/products/12345'), undefined);
  assert.equal(dateFromUrl(undefined), undefined);
});

test('dateFromUrl() reads a date followed by a "+"-joined slug (WCXB 0494)', () => {
  assert.equal(dateFromUrl('https://blog.example.fr/articles/2025-12-15+Rust+GCC+backend'), '2025-12-15');
  assert.equal(dateFromUrl('https://example.com/2025-12-15_notes'), '2025-12-15');
  assert.equal(dateFromUrl('https://example.com/2025-12-150'), undefined);
});

test('dateFromUrl() reads a spelt-out month in a /year/month/day/ path (WCXB 4690)', () => {
  assert.equal(dateFromUrl('https://ex.org/blog/2023/october/03/wine-types'), '2023-10-03');
  assert.equal(dateFromUrl('https://ex.org/blog/2023/Sept/3'), '2023-09-03');
  assert.equal(dateFromUrl('https://ex.org/2023/archive/03/x'), undefined);
  assert.equal(dateFromUrl('https://ex.org/2023/marketing/03/x'), undefined);
});
