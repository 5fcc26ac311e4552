import { DATE_SHAPE } from './rules.ts';
import { isUrlLike } from './urls.ts';

/**
 * Byline text → author names. "By Jane Doe and John Roe, Senior Reporters | Sep 8, 2024"
 * becomes ["Jane Doe", "John Roe"]: prefixes, roles, dates and non-names are dropped.
 */

/** Lead-ins before the names ("By", "Written by", "Author:"), English and a few common others. */
const BYLINE_PREFIX =
  /^(?:(?:this|the)\s+(?:post|article|story|piece|guide)\s+(?:was|is)\s+)?(?:(?:written|authored|posted|published|reported|words|story|text|articles|posts|stories)\s+)?(?:by|von|par|por|door|di|av|af|autor(?:in)?|author(?:s)?|auteur|written by)\s*[:\-–—]?(?:\s+|$)/i;

/**
 * Credits for other roles: the byline's authors end where they start ("By Jane Doe
 * Medically reviewed by Dr. X" names Jane Doe only).
 */
const OTHER_CREDIT =
  /\b(?:(?:medically|expert|fact)[- ]?)?(?:reviewed|checked|edited|verified)\s+by\b|\b(?:photos?|photographs?|illustrations?|images?|video)\s+by\b|\bon\s+behalf\s+of\b/i;

/**
 * A date printed inside the byline, with its "on"/"at" lead-in: it separates names like
 * a comma ("Andrew Gerrand 4 August 2010", "Posted by Jane Doe on Friday March 3, 2025";
 * WCXB 2862, 0379).
 */
const BYLINE_DATE = new RegExp(
  `(?:\\s+(?:on|at|last|published|updated|modified|posted):?){0,3}(?:\\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?)?\\s*(?:${DATE_SHAPE.source})`,
  'gi',
);

/** Template placeholders and user names ("page.head.extra.author", "andrew.keaveney"; WCXB 4459/0195). */
const IDENTIFIER_LIKE = /^[\w-]+(?:\.[\w-]+)+$/;

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
  'founder', // "Co-founder", "Chief Architect" (WCXB 0446)
  'co-founder',
  'ceo',
  'cto',
  'director',
  'manager',
  'architect',
  'president',
  'officer',
  'md', // credentials after a comma: "Angela Holliday-Bell, MD"
  'phd',
  'dvm',
  'rn',
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
  const flat = raw.replace(/\s+/g, ' ').trim();
  // ", USA TODAY": a template's "name, affiliation" with the name left empty; what remains is the
  // newspaper, not a person (WCXB 0106, whose byline then gives the reporter).
  if (flat.startsWith(',')) return [];
  const credit = OTHER_CREDIT.exec(flat);
  const text = (credit ? flat.slice(0, credit.index) : flat)
    .replace(BYLINE_PREFIX, '')
    .replace(BYLINE_DATE, ' | ');
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
    // the author's social handle printed after the name in the same element: "Bryan DeArdo
    // @BryanDeArdo" (CBS Sports' microdata, ScrapingHub 08f79376)
    .replace(/(?<=\S)(?:\s+@\w{2,30})+$/u, '')
    .trim();
  if (name.length < 2 || name.length > 60 || isUrlLike(name) || IDENTIFIER_LIKE.test(name)) return undefined;
  if (!/\p{L}/u.test(name) || /\d/.test(name)) return undefined;
  const all = name.split(' ');
  if (all.length > MAX_NAME_WORDS) return undefined;
  const allLower = all.map((w) => w.toLowerCase().replace(/[.:]$/, ''));
  const cut = trailingTitleAt(allLower);
  const words = all.slice(0, cut);
  const lower = allLower.slice(0, cut);
  if (
    lower.every((w) => NON_NAME_WORDS.has(w) || NON_NAME_WORDS.has(w.replace(/s$/, ''))) ||
    lower.some((w) => FURNITURE_WORDS.has(w))
  )
    return undefined;
  return words.join(' ');
}

/** Nouns that end a job title printed after the name. */
const TITLE_NOUNS = new Set([
  'reporter',
  'editor',
  'writer',
  'correspondent',
  'columnist',
  'journalist',
  'producer',
]);

/**
 * Where a job title printed after the name without a comma starts ("Keith Barry<br>Senior
 * Autos Reporter", WCXB 4048; "Jane Doe Staff Writer"): at the first role word after two
 * name words, when the part ends in a title noun and the title has two words or more, so
 * that a surname such as "Writer" ("Jane Writer") stays. The whole part when there is none.
 */
function trailingTitleAt(lower: readonly string[]): number {
  if (!TITLE_NOUNS.has(lower[lower.length - 1]!)) return lower.length;
  for (let i = 2; i <= lower.length - 2; i++) if (NON_NAME_WORDS.has(lower[i]!)) return i;
  return lower.length;
}
