import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCommonDate } from './common-date.ts';
import { chronoDate, parseDateText } from './dates.ts';

const read = (text: string) => readCommonDate(text);

// Every spelling the patterns allow, and a few they must not (chrono-node reads "June." as no month).
const MONTHS = [
  'January',
  'jan',
  'Jan.',
  'FEB',
  'Mar.',
  'May',
  'June',
  'Jun.',
  'June.',
  'July',
  'Jul.',
  'July.',
];
const MORE_MONTHS = ['Aug', 'Sep', 'Sep.', 'Sept', 'SEPT.', 'September', 'Oct.', 'Nov', 'NOVEMBER', 'Dec.'];
const DAYS = ['1', '01', '9', '19', '29', '30', '31', '32', '0', '1st', '2nd', '3rd', '19th'];
const YEARS = ['2019', '2024', '1989', '2100', '2101'];
const WEEKDAYS = ['', 'Tue, ', 'Tuesday, ', 'Wednesday ', 'Wed ', 'Fri. ', 'Thurs. '];
const TIMES = [
  '',
  ' 8:03',
  ', 8:03 am',
  ' 8:03 AM',
  ' at 9:24 pm',
  ', at 9:24 pm',
  ' 12:00 am',
  ' 12:30 pm',
  ' 0:30 am',
  ' 13:00 pm',
  ' 00:15',
  ' 23:59',
  ' 24:00',
  ' 10:31:45',
  ' 10:31:45 pm',
  ' 8:03am',
  ' 8:03 a.m.',
  ' 8:03 P.M.',
  ' 8:60',
  ' 8:03:61',
];
const ZONES = [
  ...['', ' GMT', ' UTC', ' EST', ' edt', ' CST', ' CDT', ' MST', ' MDT', ' PST', ' PDT', ' BST', ' IST'],
  ...[' ET', ' PT', ' CET', ' -0600', ' +0530', ' +05:30', ' Z'],
];

function* dateShapes(): Generator<string> {
  for (const weekday of WEEKDAYS)
    for (const month of [...MONTHS, ...MORE_MONTHS])
      for (const day of DAYS)
        for (const year of YEARS) {
          yield `${weekday}${month} ${day}, ${year}`;
          yield `${weekday}${month} ${day} ${year}`;
          yield `${weekday}${day} ${month} ${year}`;
          yield `${weekday}${day} ${month}, ${year}`;
        }
}

const LABELS = [
  'Updated ',
  'Updated: ',
  'Updated on ',
  'Last updated: ',
  'Last Updated : ',
  'Published ',
  'Published: ',
];
const MORE_LABELS = [
  'Published on ',
  'Posted on ',
  'on ',
  '- ',
  '| ',
  'Updated at ',
  'Originally published ',
  '· ',
];

function* labelShapes(): Generator<string> {
  for (const label of [...LABELS, ...MORE_LABELS])
    for (const date of ['Nov 9, 2019', 'Tuesday, November 19th, 2019', '19 Nov 2019, 8:03 pm GMT'])
      yield `${label}${date}`;
}

function* timeShapes(): Generator<string> {
  for (const date of ['Nov 9, 2019', 'Sept. 19th 2019', '9 November 2019', 'Tue, 19 Nov 2019'])
    for (const time of TIMES) for (const zone of ZONES) yield `${date}${time}${zone}`;
}

test('a common date reads as chrono-node reads it, and anything chrono-node might read otherwise is left to it', () => {
  let readHere = 0;
  for (const text of [...dateShapes(), ...timeShapes(), ...labelShapes()]) {
    const answer = read(text);
    if (answer === undefined) continue;
    readHere++;
    assert.equal(answer, chronoDate(text), text);
  }
  // The shapes are mostly common ones: the fast reader must be taking most of them.
  assert.ok(readHere > 10_000, `read ${readHere}`);
});

test('dates, times and fixed zones come out in ISO 8601', () => {
  assert.equal(read('November 18, 2019'), '2019-11-18');
  assert.equal(read('  Monday, November 18th, 2019 '), '2019-11-18');
  assert.equal(read('18 NOV 2019'), '2019-11-18');
  assert.equal(read('Nov. 19, 2019 8:03 am'), '2019-11-19T08:03:00');
  assert.equal(read('Nov 18, 2019 at 12:24 am CST'), '2019-11-18T00:24:00-06:00');
  assert.equal(read('Tue, 19 Nov 2019 06:13:48 -0600'), '2019-11-19T06:13:48-06:00');
  assert.equal(read('19 November 2019, 09:01 PM IST'), '2019-11-19T21:01:00+05:30');
  assert.equal(read('Last updated: Dec 9, 2024'), '2024-12-09');
});

test('labels, ranges, zones that depend on the date and impossible values are left to chrono-node', () => {
  for (const text of [
    'Updated 2 hours ago, Nov 18, 2019',
    'Nov 18-19, 2019',
    'Nov 18, 2019 9:24 pm ET',
    'February 30, 2019',
    'Nov 18, 1989',
    'Nov 18, 2019 25:10',
    '2019-11-18',
  ])
    assert.equal(read(text), undefined, text);
});

test('parseDateText reads common English dates here and other languages through chrono-node', () => {
  assert.equal(parseDateText('November 18, 2019'), '2019-11-18');
  assert.equal(parseDateText('November 18, 2019', 'en'), '2019-11-18');
  // A German page's parser reads German month names, which the common shapes do not know.
  assert.equal(parseDateText('18. November 2019', 'de'), '2019-11-18');
  assert.equal(
    parseDateText('Updated Nov 18, 2019 9:24 pm ET'),
    chronoDate('Updated Nov 18, 2019 9:24 pm ET'),
  );
});
