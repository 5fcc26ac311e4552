/**
 * The calendar rules the date readers share (dates.ts, common-date.ts): which years a page's
 * date may have, month names, and ISO 8601 spelling.
 */

/** Dates before this are page furniture ("© 1998") or placeholders (`0001-01-01`). */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** English month names, January first. */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export function validDay(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `YYYY-MM-DD`, or undefined for a day that does not exist or a year out of range. */
export function isoDay(y: number, m: number, d: number): string | undefined {
  if (!validDay(y, m, d)) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** `±HH:MM` for an offset in minutes east of UTC. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}
