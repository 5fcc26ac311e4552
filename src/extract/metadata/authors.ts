import { isUrlLike } from './urls.ts';

/**
 * Byline text → author names. "By Jane Doe and John Roe, Senior Reporters | Sep 8, 2024"
 * becomes ["Jane Doe", "John Roe"]: prefixes, roles, dates and non-names are dropped.
 */

/** Lead-ins before the names ("By", "Written by", "Author:"), English and a few common others. */
const BYLINE_PREFIX =
  /^(?:(?:written|posted|published|reported|words|story|text|photos?|edited|reviewed|fact[- ]checked)\s+)?(?:by|von|par|por|door|di|av|af|autor(?:in)?|author(?:s)?|auteur|written by)\s*[:\-–—]?(?:\s+|$)/i;

/** Separators between several names in one byline. */
const NAME_SEPARATOR = /\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bwith\b|·|•|\n)\s*/i;

/**
 * Words that are roles, labels or page furniture. A part made ONLY of such words is not a
 * name ("Staff", "Senior Reporter", "Written By", per the brief), while a desk credit that
 * names someone ("Resy Staff", "The Upwork Team") is kept, as WCXB annotates it so.
 */
const NON_NAME_WORDS = new Set([
  'staff', // "Staff", "Staff Writer"
  'reporter', // "Senior Reporter"
  'senior',
  'chief',
  'associate',
  'assistant',
  'contributing',
  'special',
  'guest',
  'correspondent',
  'editor',
  'editors',
  'writer',
  'contributor',
  'columnist',
  'journalist',
  'producer',
  'photographer',
  'head', // "Head of Marketing" (WCXB 2381)
  'of',
  'marketing',
  'admin', // WordPress default user
  'administrator',
  'by', // bare labels left after splitting ("Written By", WCXB 4610)
  'written',
  'authored',
  'author',
  'insights', // "Insights from" (WCXB 1974)
  'from',
  'updated', // "Updated 3 hours ago" inside byline boxes
  'published',
  'posted',
  'min', // "5 min read"
  'read',
  'comments',
  'share',
  'follow',
  'view',
  'posts',
  'articles',
  'and',
]);

/** Words that make the whole part page furniture whatever else it says. */
const FURNITURE_WORDS = new Set(['comments', 'share', 'follow', 'min', 'read', 'updated', 'view', 'posts']);

/** Longest plausible name, in words (longer parts are sentences or bios). */
const MAX_NAME_WORDS = 5;

/** Splits and cleans one author source value into names. */
export function parseAuthors(raw: string): string[] {
  const text = raw.replace(/\s+/g, ' ').trim().replace(BYLINE_PREFIX, '');
  const out: string[] = [];
  for (const piece of text.split(NAME_SEPARATOR)) {
    const name = cleanName(piece);
    if (name && !out.some((n) => n.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}

/** One name candidate cleaned, or undefined when it is not a person's or desk's name. */
export function cleanName(piece: string): string | undefined {
  const name = piece
    .replace(BYLINE_PREFIX, '')
    .replace(/^[\s"'“‘(:–—-]+|[\s"'”’):–—-]+$/g, '')
    .trim();
  if (name.length < 2 || name.length > 60 || isUrlLike(name)) return undefined;
  if (!/\p{L}/u.test(name) || /\d/.test(name)) return undefined;
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS) return undefined;
  const lower = words.map((w) => w.toLowerCase().replace(/[.:]$/, ''));
  if (
    lower.every((w) => NON_NAME_WORDS.has(w) || NON_NAME_WORDS.has(w.replace(/s$/, ''))) ||
    lower.some((w) => FURNITURE_WORDS.has(w))
  )
    return undefined;
  return name;
}
