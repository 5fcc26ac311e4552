import type { Credit } from '../model.ts';
import { findAgency } from './agencies.ts';

/**
 * Trailer credits at the end of a story (issue 3 item 2): `(With inputs from Reuters)`,
 * `— Reuters`, `Reporting by …; Editing by …`, `Additional reporting by …`.
 */

/** `(With inputs from PTI, Reuters)` — Indian outlets' rewrite of agency copy. */
const INPUTS_RE = /^\(?\s*with (?:agency )?inputs? (?:from )?(?<names>[^()]+?)\s*\)?\.?$/i;
/** `— Reuters`, `-AFP`, `(AP)` on its own line — the agency that supplied the copy. */
const AGENCY_LINE_RE = /^(?:(?:—|–|--|-)\s*(?<a>[^()]{2,40}?)|\((?<b>[^()]{2,40})\))\.?$/;
/** One `Role by names` segment; roles as Reuters and AP write them. */
const ROLE_SEGMENT_RE =
  /^(?:with )?(?<role>additional reporting|reporting|reported|writing|written|editing|edited|compiled|fact-checked|research|graphics)(?: and (?:editing|writing))? by (?<names>.+)$/i;
/** A trailer glued to the end of the last paragraph: `… said. (Reporting by X; Editing by Y)`. */
const GLUED_TRAILER_RE =
  /\s*\((?:(?:additional )?reporting by|with (?:agency )?inputs? from|writing by|editing by)[^()]*\)\s*$/i;

/**
 * `Keith Bradsher contributed reporting from Hong Kong.`, `Associated Press writers Alan Fram and
 * Zeke Miller contributed to this report.` (ScrapingHub 702d1da6, 82b6d780, eb62ac84): the
 * New York Times and AP form. At most a few names, so a story sentence ending "… contributed
 * to this report's findings" is not read as one.
 */
const CONTRIBUTED_RE =
  /^(?<names>[^.!?;:]{3,240}?) contributed (?:reporting|(?:additional )?reporting to this (?:report|story|article)|to this (?:report|story|article))(?: from (?<place>[^.]+))?\.?$/i;

/** Between role segments: `;`, a full stop, or a comma before the next role (`…, editing by X`). */
const SEGMENT_SPLIT_RE =
  /\s*;\s*|\.\s+(?=[A-Z][a-z-]+(?: [a-z]+)? by )|,\s*(?=(?:with )?(?:additional reporting|reporting|writing|editing|edited|written) by\b)/i;

/** Role names of `Credit.role` (model.ts). */
const ROLE_OF: Readonly<Record<string, string>> = {
  'additional reporting': 'additional-reporting',
  reporting: 'reporting',
  reported: 'reporting',
  writing: 'writing',
  written: 'writing',
  editing: 'editing',
  edited: 'editing',
  compiled: 'compiled',
  'fact-checked': 'fact-checking',
  research: 'research',
  graphics: 'graphics',
};

/** Credits of one trailer paragraph, or undefined when the paragraph is story text. */
export function parseTrailer(paragraph: string): Credit[] | undefined {
  const text = paragraph.trim();
  const inputs = INPUTS_RE.exec(text)?.groups?.names;
  if (inputs) return splitNames(inputs).map((name) => trailerCredit(name, text, 'inputs'));
  const contributors = CONTRIBUTED_RE.exec(text)?.groups?.names;
  if (contributors) return contributorCredits(contributors, text);
  const agencyLine = AGENCY_LINE_RE.exec(text)?.groups;
  const agencyName = agencyLine?.a ?? agencyLine?.b;
  if (agencyName) {
    const names = splitNames(agencyName);
    if (names.every((n) => findAgency(n) || n === 'Agencies'))
      return names.map((n) => trailerCredit(n, text));
    return undefined;
  }
  return parseRoles(text);
}

function parseRoles(text: string): Credit[] | undefined {
  const inner = text.replace(/^\(|\)\.?$/g, '').trim();
  const segments = inner.split(SEGMENT_SPLIT_RE).filter((s) => s.length > 0);
  const credits: Credit[] = [];
  for (const segment of segments) {
    const groups = ROLE_SEGMENT_RE.exec(segment.replace(/\.$/, ''))?.groups;
    if (!groups?.role || !groups.names) return undefined;
    const role = ROLE_OF[groups.role.toLowerCase()];
    // `Reporting by Tom Balmforth in Kyiv` — the place is not part of the name.
    const names = splitNames(groups.names.replace(/\s+in\s+[A-Z][\w\s,.'-]*$/, ''));
    credits.push(...names.map((name) => trailerCredit(name, text, role)));
  }
  return credits.length > 0 ? credits : undefined;
}

function contributorCredits(list: string, text: string): Credit[] | undefined {
  const agency = findAgency(list.trim());
  if (agency) return [trailerCredit(list.trim(), text, 'additional-reporting')];
  const names = splitNames(withoutContributorPrefix(list));
  // Names are capitalised words; "the whole team contributed to this report" is a sentence.
  if (names.length === 0 || !names.every((n) => PERSON_NAME_RE.test(n))) return undefined;
  return names.map((name) => trailerCredit(name, text, 'additional-reporting'));
}

const PERSON_NAME_RE = /^[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3}$/u;
const ROLE_PREFIX_RE =
  /^.*?\b(?:staff |special |national )?(?:writers?|reporters?|correspondents?|researchers?)\s+/i;
const POSSESSIVE_PREFIX_RE = /^[^’']{2,40}['’]s?\s+/;

/** "Associated Press writers Alan Fram" → "Alan Fram"; "Fox News’ Jessica Napoli" → "Jessica Napoli". */
function withoutContributorPrefix(list: string): string {
  const prefix = ROLE_PREFIX_RE.exec(list) ?? POSSESSIVE_PREFIX_RE.exec(list);
  return prefix ? list.slice(prefix[0].length) : list;
}

function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((n) => n.trim().replace(/\.$/, ''))
    .filter((n) => n.length > 0 && n.length <= 60);
}

function trailerCredit(name: string, raw: string, role?: string): Credit {
  const agency = findAgency(name);
  const credit: Credit = { name: agency ? agency.short : name, kind: 'trailer', raw };
  if (agency) credit.agency = agency.id;
  if (role) credit.role = role;
  return credit;
}

/** Splits a trailer glued to the end of a paragraph: `[story text, trailer]`, or undefined. */
export function splitGluedTrailer(paragraph: string): { text: string; trailer: string } | undefined {
  const m = GLUED_TRAILER_RE.exec(paragraph);
  if (!m || m.index === 0) return undefined;
  return { text: paragraph.slice(0, m.index), trailer: m[0].trim() };
}
