import { aroundHeadline, type SourceContext } from './context.ts';
import { normalizeDate, parseDateText } from './dates.ts';
import { normalizeLanguage } from './language.ts';
import { PRINTED_DATE_AFTER, PRINTED_DATE_BEFORE, UPDATE_LABEL } from './rules.ts';
import type { Hit, TimeHit } from './scan.ts';

/** The date printed with the headline, and the text it was read from (for its label). */
export interface PrintedDate {
  date: string;
  text: string;
}

/** Per scan: the printed date is read by two sources, chrono-node runs once. */
const cache = new WeakMap<SourceContext['scan'], PrintedDate | null>();

/**
 * The first date printed right around the headline: a `<time>`, a date-marked element or a
 * date-shaped text from PRINTED_DATE_BEFORE elements before an `<h1>` carrying the headline
 * to PRINTED_DATE_AFTER after it, in document order. Bylines are not read here: their dates
 * come with names and roles, and the date element next to them is found anyway.
 */
export function printedDate(ctx: SourceContext): PrintedDate | undefined {
  const cached = cache.get(ctx.scan);
  if (cached !== undefined) return cached ?? undefined;
  const found = findPrintedDate(ctx);
  cache.set(ctx.scan, found ?? null);
  return found;
}

function findPrintedDate(ctx: SourceContext): PrintedDate | undefined {
  const orders = ctx.headlineOrders;
  if (orders.length === 0) return undefined;
  const near = (hit: Hit) => aroundHeadline(hit, ctx, PRINTED_DATE_BEFORE, PRINTED_DATE_AFTER);
  const language = normalizeLanguage(ctx.scan.htmlLang);
  const hits: { order: number; text: string; read: () => string | undefined }[] = [];
  for (const time of ctx.scan.times) {
    if (near(time)) hits.push({ order: time.order, text: time.text, read: () => readTime(time, language) });
  }
  for (const hit of [...ctx.scan.dateTexts, ...ctx.scan.dateShaped]) {
    if (near(hit))
      hits.push({ order: hit.order, text: hit.text, read: () => parseDateText(hit.text, language) });
  }
  // Stable sort: at the same position a <time>'s datetime is read before its text.
  hits.sort((a, b) => a.order - b.order);
  for (const [i, hit] of hits.entries()) {
    if (holdsNext(hits, i)) continue;
    const date = hit.read();
    if (date) return { date, text: hit.text };
  }
  return undefined;
}

/**
 * True when the hit is a container whose text holds the next hit's: its parts are read one
 * by one instead, so that "HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026" (inline parts
 * glued without a space, which chrono-node then reads from the second date) gives the first
 * date, not the update (WCXB 4558).
 */
function holdsNext(hits: readonly { order: number; text: string }[], i: number): boolean {
  const next = hits[i + 1];
  const hit = hits[i]!;
  return (
    next !== undefined &&
    next.order > hit.order &&
    next.text.length < hit.text.length &&
    hit.text.includes(next.text)
  );
}

/**
 * A `<time>`'s `datetime`, else its text. When both give a day and the printed one is a day
 * away, the printed day wins: the `datetime` is often UTC ("2026-02-24T04:13:00Z") while the
 * page prints its own time zone's day ("February 23, 2026", WCXB 4644).
 */
export function readTime(time: TimeHit, language: string | undefined): string | undefined {
  const declared = normalizeDate(time.datetime);
  const printed = time.text ? parseDateText(time.text, language) : undefined;
  if (declared === undefined) return printed;
  return printed !== undefined && daysApart(declared, printed) === 1 ? printed : declared;
}

/**
 * The printed date when it is the page's own publication date and not an update: no
 * "Updated" label, not the day the page declares it was modified, and more than a day away
 * from article:published_time (a day or less is the same date in another time zone, and
 * the meta keeps the time). article:published_time then records when the post entered this
 * CMS (imports, migrations: a 2024 published_time on a post printed "Dec 30, 2013"), and
 * the printed date is what its author set (WCXB: 3 pages gained, none lost).
 */
export function printedOriginal(ctx: SourceContext, published: string, modified: string | undefined) {
  const printed = printedDate(ctx);
  if (!printed || UPDATE_LABEL.test(printed.text)) return undefined;
  if (modified !== undefined && daysApart(printed.date, modified) <= 1) return undefined;
  return daysApart(printed.date, published) > 1 ? printed.date : undefined;
}

/** Whole calendar days between the dates of two ISO strings (their first ten characters). */
export function daysApart(a: string, b: string): number {
  const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Math.abs(day(a) - day(b)) / 86_400_000;
}
