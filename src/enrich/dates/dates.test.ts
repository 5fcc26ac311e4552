import assert from 'node:assert/strict';
import { test } from 'node:test';
import { structuredFromText } from '../../../test/gold/enrich/structured.ts';
import { findDates } from './index.ts';

const dates = (text: string, published?: string) => findDates(structuredFromText(text, published)).dates;
// 2024-09-01 is a Sunday; the seven anchors cover every weekday.
const WEEK = [
  '2024-09-01',
  '2024-09-02',
  '2024-09-03',
  '2024-09-04',
  '2024-09-05',
  '2024-09-06',
  '2024-09-07',
];

test('"reported on Friday" resolves to the Friday before the anchor, on every weekday', () => {
  const got = WEEK.map(
    (anchor) => dates('CNN reported on Friday that talks had stalled.', anchor)[0]?.resolved,
  );
  // Sunday → 30 Aug; … Thursday → 30 Aug; Friday → the same day; Saturday → 6 Sep
  assert.deepEqual(got, [
    '2024-08-30',
    '2024-08-30',
    '2024-08-30',
    '2024-08-30',
    '2024-08-30',
    '2024-09-06',
    '2024-09-06',
  ]);
});

test('a future verb resolves a weekday ahead of the anchor', () => {
  const got = WEEK.map(
    (anchor) => dates('The minister will meet his counterpart on Monday.', anchor)[0]?.resolved,
  );
  assert.deepEqual(got, [
    '2024-09-02',
    '2024-09-02',
    '2024-09-09',
    '2024-09-09',
    '2024-09-09',
    '2024-09-09',
    '2024-09-09',
  ]);
  assert.equal(
    dates('The minister will meet his counterpart on Monday.', '2024-09-03')[0]?.rule,
    'weekday-future-from-verb',
  );
});

test('"will travel this week" resolves to the anchor week; "last week" to the one before', () => {
  assert.deepEqual(
    dates('Rajnath Singh will travel to China this week.', '2024-09-08').map((d) => [
      d.text,
      d.resolved,
      d.rule,
    ]),
    [['this week', '2024-W36', 'relative-week-this']],
  );
  assert.equal(dates('Prices fell last week.', '2024-09-08')[0]?.resolved, '2024-W35');
});

test('months and month-days without a year take the year from the verb and the anchor', () => {
  assert.equal(
    dates('Reuters reported in August that Russia was expecting missiles.', '2024-09-08')[0]?.resolved,
    '2024-08',
  );
  assert.equal(dates('Reuters reported in October that talks failed.', '2024-09-08')[0]?.resolved, '2023-10');
  assert.equal(dates('The summit will open on Sept 8.', '2024-09-09')[0]?.resolved, '2025-09-08');
  assert.equal(dates('The deal was signed on March 3, 2021.', '2024-09-09')[0]?.resolved, '2021-03-03');
});

test('yesterday and today resolve against the anchor', () => {
  assert.deepEqual(
    dates('He said yesterday that today is decisive.', '2024-09-04').map((d) => d.resolved),
    ['2024-09-03', '2024-09-04'],
  );
});

test('without an anchor dates stay unresolved with the rule that would resolve them', () => {
  const doc = findDates(structuredFromText('The ministry said on Sunday it was concerned.'));
  assert.deepEqual(
    doc.dates.map((d) => [d.text, d.resolved, d.rule]),
    [['on Sunday', null, 'weekday-past-from-verb']],
  );
  assert.ok(doc.messages.some((m) => m.rule === 'enrich/date-no-anchor'));
});

test('the dateline date anchors dates when no publication date is known', () => {
  const doc = structuredFromText('Officials said on Friday the talks failed.', undefined, {
    dateline: { city: 'Kyiv', date: 'Sept 8', raw: 'KYIV, Sept 8 (Reuters) —', span: { start: 0, end: 24 } },
    modified: '2024-09-09T10:00:00Z',
  });
  const got = findDates(doc);
  assert.equal(got.dates[0]?.resolved, '2024-09-06');
  assert.ok(got.messages.some((m) => m.rule === 'enrich/date-anchor-dateline'));
});
