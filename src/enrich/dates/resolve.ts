import { addDays, isoWeek, MONTHS, pad, WEEKDAYS, weekdayOf } from './calendar.ts';
import type { FoundDate } from './find.ts';
import type { Tense } from './tense.ts';

const NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** How a date is (or would be) resolved: the rule id and, when an anchor is known, the ISO value. */
export function resolveDate(
  d: FoundDate,
  tense: Tense,
  anchor: string | undefined,
): { rule: string; resolved: string | null } {
  const g = d.groups;
  switch (d.kind) {
    case 'iso':
      return { rule: 'explicit-date', resolved: g.iso ?? null };
    case 'weekday':
      return weekday(g, tense, anchor);
    case 'month-day':
    case 'month':
      return month(d, tense, anchor);
    case 'relative-day':
      return relativeDay((g.word ?? '').toLowerCase(), anchor);
    case 'relative-period':
      return relativePeriod(g.rel ?? 'this', g.unit ?? 'week', anchor);
    case 'ago':
      return ago(g, anchor);
    case 'year':
      return { rule: 'explicit-year', resolved: g.year ?? null };
  }
}

/** "reported on Friday" published Tuesday → the Friday before; "will meet on Friday" → the Friday after. */
function weekday(
  g: FoundDate['groups'],
  tense: Tense,
  anchor?: string,
): { rule: string; resolved: string | null } {
  const target = WEEKDAYS.indexOf((g.weekday ?? '').toLowerCase() as (typeof WEEKDAYS)[number]);
  const rel = g.rel?.replace('this ', '');
  const dir: Tense =
    rel === 'last' || rel === 'past' ? 'past' : rel === 'next' || rel === 'coming' ? 'future' : tense;
  const rule = rel ? `weekday-${dir}-from-${rel}` : `weekday-${dir}-from-verb`;
  if (!anchor) return { rule, resolved: null };
  const today = weekdayOf(anchor);
  if (today === target && !rel) return { rule: 'weekday-same-day', resolved: anchor };
  const back = (today - target + 7) % 7 || 7;
  const ahead = (target - today + 7) % 7 || 7;
  return { rule, resolved: addDays(anchor, dir === 'past' ? -back : ahead) };
}

/** Month (and day) without a year: the latest one not after the anchor when past, the next one when future. */
function month(d: FoundDate, tense: Tense, anchor?: string): { rule: string; resolved: string | null } {
  const g = d.groups;
  const m = MONTHS.get((g.month ?? '').toLowerCase().replace('.', '')) ?? 1;
  const day = g.day ? Number(g.day) : undefined;
  const suffix = day ? `-${pad(day)}` : '';
  if (g.year) return { rule: 'explicit-date', resolved: `${g.year}-${pad(m)}${suffix}` };
  const rule = `month-${tense}-from-verb`;
  if (!anchor) return { rule, resolved: null };
  const year = Number(anchor.slice(0, 4));
  // compare as month*100+day; a month alone compares equal to any day of its month
  const now = Number(anchor.slice(5, 7)) * 100 + (day ? Number(anchor.slice(8, 10)) : 0);
  const here = m * 100 + (day ?? 0);
  const shift = tense === 'past' ? (here > now ? -1 : 0) : here < now ? 1 : 0;
  return { rule, resolved: `${year + shift}-${pad(m)}${suffix}` };
}

function relativeDay(word: string, anchor?: string): { rule: string; resolved: string | null } {
  const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
  return { rule: `relative-day-${word}`, resolved: anchor ? addDays(anchor, offset) : null };
}

/** "this week" → the anchor's ISO week; months and years likewise. */
function relativePeriod(
  rel: string,
  unit: string,
  anchor?: string,
): { rule: string; resolved: string | null } {
  const step = /last|past|previous/.test(rel) ? -1 : /next|coming/.test(rel) ? 1 : 0;
  const rule = `relative-${unit}-${step < 0 ? 'last' : step > 0 ? 'next' : 'this'}`;
  if (!anchor) return { rule, resolved: null };
  if (unit === 'week' || unit === 'weekend') return { rule, resolved: isoWeek(addDays(anchor, 7 * step)) };
  const year = Number(anchor.slice(0, 4));
  if (unit === 'year') return { rule, resolved: String(year + step) };
  const m = Number(anchor.slice(5, 7)) + step;
  const y = year + Math.floor((m - 1) / 12);
  return { rule, resolved: `${y}-${pad(((m - 1 + 12) % 12) + 1)}` };
}

function ago(g: FoundDate['groups'], anchor?: string): { rule: string; resolved: string | null } {
  const n = Number(g.n) || NUMBERS[g.n ?? ''] || 1;
  const rule = `ago-${g.unit}`;
  if (!anchor) return { rule, resolved: null };
  if (g.unit === 'day') return { rule, resolved: addDays(anchor, -n) };
  if (g.unit === 'week') return { rule, resolved: isoWeek(addDays(anchor, -7 * n)) };
  const year = Number(anchor.slice(0, 4));
  if (g.unit === 'year') return { rule, resolved: String(year - n) };
  const total = year * 12 + Number(anchor.slice(5, 7)) - 1 - n;
  return { rule, resolved: `${Math.floor(total / 12)}-${pad((total % 12) + 1)}` };
}
