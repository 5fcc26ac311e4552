import * as chrono from 'chrono-node';
import { formatOffset, isoDay, MAX_YEAR, MIN_YEAR, MONTHS, pad, validDay } from './calendar.ts';
import { readCommonDate } from './common-date.ts';

/**
 * Date normalisation to ISO 8601, keeping the time and offset the page gives
 * (model.ts `Metadata.published`). Machine-readable values are read with a strict
 * pattern first; chrono-node is only for human text and only when cheaper sources fail.
 */

/** `YYYY-MM-DD`, optional `THH:MM[:SS[.fff]]` (or a space), optional `Z` / `±HH[:]MM`. */
const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/;

/** `YYYY/MM/DD` or `YYYY.MM.DD`, seen in `dc.date` and `pubdate` metas. */
const YMD_SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;

/** A machine-readable date (meta content, `datetime`, JSON-LD) as ISO 8601, or undefined. */
export function normalizeDate(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const text = raw.trim();
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (!validDay(Number(y), Number(mo), Number(d))) return undefined;
    let out = `${y}-${mo}-${d}`;
    if (h !== undefined) out += `T${h}:${mi}${s !== undefined ? `:${s}` : ''}${normalizeZone(zone)}`;
    return out;
  }
  const slashed = YMD_SLASHED.exec(text);
  if (slashed) return isoDay(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  if (/^\d{10}(?:\d{3})?$/.test(text)) return fromEpoch(text);
  return parseDateText(text);
}

/**
 * chrono-node's strict parsers by page language: strict mode reads only complete dates,
 * which is all metadata wants, at about a third of the casual parser's cost (measured here).
 */
const STRICT_PARSERS: Readonly<Record<string, chrono.Chrono>> = {
  en: chrono.en.strict,
  de: chrono.de.strict,
  fr: chrono.fr.strict,
  es: chrono.es.strict,
  it: chrono.it.strict,
  pt: chrono.pt.strict,
  nl: chrono.nl.strict,
  ru: chrono.ru.strict,
  ja: chrono.ja.strict,
  zh: chrono.zh.strict,
  sv: chrono.sv.strict,
  fi: chrono.fi.strict,
  uk: chrono.uk.strict,
};

/**
 * Human date text ("September 8, 2024", "8 Sept 2024 10:15 BST", "Updated Sep 8") via
 * chrono-node in the page's language (ISO 639-1; English when unknown); date only unless
 * chrono is certain of the hour (STACK.md). Needs a year: "Sep 8" alone would be resolved
 * against today, which is a guess, not the page's date.
 */
export function parseDateText(text: string, language?: string): string | undefined {
  if (!/\d{4}/.test(text) || text.length > 200) return undefined;
  const parser = (language && STRICT_PARSERS[language]) || chrono.en.strict;
  // The common English shapes are read without chrono-node, with the same answer (common-date.ts).
  if (parser === chrono.en.strict) {
    const common = readCommonDate(text);
    if (common !== undefined) return common;
  }
  return chronoDate(text, parser);
}

/**
 * What chrono-node's `parser` reads in `text`, as parseDateText() gives it. Exported for
 * common-date.test.ts, which holds the reader of common shapes to the same answers.
 */
export function chronoDate(text: string, parser: chrono.Chrono = chrono.en.strict): string | undefined {
  const result = parser.parse(text)[0];
  if (!result?.start.isCertain('year')) return undefined;
  const start = result.start;
  const day = isoDay(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
  if (!day || !start.isCertain('day')) return undefined;
  if (!start.isCertain('hour')) return day;
  const time = `T${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}:${pad(start.get('second') ?? 0)}`;
  const offset = start.isCertain('timezoneOffset') ? formatOffset(start.get('timezoneOffset') ?? 0) : '';
  return `${day}${time}${offset}`;
}

/** The date in a URL path such as `/2024/09/08/` or `/2024-09-08-` (news CMS permalinks). */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  // The date may be followed by the slug after "+" or "_" ("/articles/2025-12-15+Rust+GCC", WCXB 0494).
  const match = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_+-]|\.html|$)/.exec(
    url,
  );
  if (match) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  // Umbraco-style blogs spell the month out: "/blog/2023/october/03/slug" (WCXB 4690).
  const named = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/i.exec(url);
  // The word is a month's name or the start of one ("oct", "sept"), never "marketing".
  const word = named?.[2]?.toLowerCase() ?? '';
  const month = MONTHS.findIndex((m) => m.startsWith(word)) + 1;
  return named && month > 0 ? isoDay(Number(named[1]), month, Number(named[3])) : undefined;
}

function normalizeZone(zone: string | undefined): string {
  if (zone === undefined || zone === 'Z') return zone ?? '';
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

function fromEpoch(text: string): string | undefined {
  const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  return date.toISOString().replace('.000Z', 'Z');
}
