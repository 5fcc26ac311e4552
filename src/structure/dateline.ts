import type { Agency } from './agencies.ts';
import { findAgency } from './agencies.ts';
import { lookupPlace, normalizeCity } from './gazetteer.ts';
import {
  CAPS_CITY_SOURCE,
  DATE_SOURCE,
  DATELINE_SEPARATOR_SOURCE,
  FALSE_FRIEND_LABELS,
  REGION_SOURCE,
  TITLE_CITY_SOURCE,
  US_STATE_ABBREVIATIONS,
} from './rules.ts';

/** A dateline found at the start of a text. */
export interface DatelineMatch {
  /** Normalized city; absent for the city-less Bloomberg form `(Bloomberg) --`. */
  city?: string;
  region?: string;
  date?: string;
  agency?: Agency;
  /** The dateline as written, separator included (`KYIV:`, `PARIS (AFP) -`). */
  raw: string;
  /** Characters to drop from the text start: `raw` plus the following spaces. */
  length: number;
  /** Which dateline style matched (for messages), e.g. `agency-parenthesis`. */
  style: DatelineStyle;
}

export type DatelineStyle =
  | 'agency-parenthesis'
  | 'tass'
  | 'agency-comma'
  | 'agency-only'
  | 'caps-colon'
  | 'caps-dash'
  | 'caps-alone';

const CITY = `(?<city>${CAPS_CITY_SOURCE}|${TITLE_CITY_SOURCE})`;
const CAPS_CITY = `(?<city>${CAPS_CITY_SOURCE})`;
const REGION_DATE = `(?:, (?<region>${REGION_SOURCE}))?(?:,? (?<date>${DATE_SOURCE}))?`;
const SEP = `(?<sep>${DATELINE_SEPARATOR_SOURCE})`;

/** Datelines in order of strength; each names its style and whether the city needs the gazetteer. */
const DATELINE_PATTERNS: readonly { style: DatelineStyle; re: RegExp; needsPlace: boolean }[] = [
  // AP `BEIRUT (AP) —`, Reuters `KYIV, Sept 8 (Reuters) -`, Xinhua `--`, PTI `(PTI):`, AFP `Washington (AFP) –`
  {
    style: 'agency-parenthesis',
    re: new RegExp(`^${CITY}${REGION_DATE}\\.? ?\\((?<agency>[^()]{2,40})\\) ?${SEP}?\\s*`, 'u'),
    needsPlace: false,
  },
  // TASS `MOSCOW, October 4. /TASS/.`
  {
    style: 'tass',
    re: new RegExp(
      `^${CAPS_CITY}(?:, (?<date>${DATE_SOURCE}))?\\.? ?/(?<agency>TASS|ITAR-TASS)/\\.?\\s*`,
      'u',
    ),
    needsPlace: false,
  },
  // IRNA `Tehran, IRNA --`
  {
    style: 'agency-comma',
    re: new RegExp(`^${CITY}, (?<agency>[A-Z][A-Za-z]{1,12}) ?(?<sep>—|–|--)\\s*`, 'u'),
    needsPlace: false,
  },
  // Bloomberg `(Bloomberg) --`: an agency without a city
  { style: 'agency-only', re: /^\((?<agency>[^()]{2,40})\) ?(?<sep>—|–|--|-)\s*/u, needsPlace: false },
  // South Asian outlets `KYIV:`, `NEW DELHI, Sept 8:`
  { style: 'caps-colon', re: new RegExp(`^${CAPS_CITY}${REGION_DATE}\\s?:\\s*`, 'u'), needsPlace: true },
  // AP member papers without agency `GRAND RAPIDS, Mich. —`
  {
    style: 'caps-dash',
    re: new RegExp(`^${CAPS_CITY}${REGION_DATE} (?<sep>—|–|--) ?`, 'u'),
    needsPlace: true,
  },
  // Press releases' dateline as a paragraph of its own, `BAAR, SWITZERLAND` (ScrapingHub c69e539d)
  { style: 'caps-alone', re: new RegExp(`^${CAPS_CITY}${REGION_DATE}\\s*$`, 'u'), needsPlace: true },
];

/**
 * Reads a dateline at the very start of `text`, in every style of issue 3 item 1, or
 * returns undefined. Agency forms need a lexicon agency; caps forms without agency need
 * the city in the gazetteer (so `UPDATE:` and `WATCH:` are not cities).
 */
export function parseDateline(text: string): DatelineMatch | undefined {
  for (const { style, re, needsPlace } of DATELINE_PATTERNS) {
    const m = re.exec(text);
    const groups = m?.groups;
    if (!m || !groups) continue;
    const match = toMatch(style, m[0], groups, needsPlace);
    if (match) return match;
  }
  return undefined;
}

function toMatch(
  style: DatelineStyle,
  whole: string,
  groups: Record<string, string | undefined>,
  needsPlace: boolean,
): DatelineMatch | undefined {
  const agency = groups.agency === undefined ? undefined : findAgency(groups.agency);
  if (groups.agency !== undefined && !agency) return undefined;
  const city = groups.city;
  if (city !== undefined && !isPlausibleCity(city, groups.region, needsPlace)) return undefined;
  const raw = whole.trimEnd();
  const out: DatelineMatch = { raw, length: whole.length, style };
  if (city !== undefined) out.city = normalizeCity(city);
  if (groups.region !== undefined)
    out.region = US_STATE_ABBREVIATIONS[groups.region] ?? capsRegion(groups.region);
  if (groups.date !== undefined) out.date = groups.date;
  if (agency) out.agency = agency;
  return out;
}

/** `SWITZERLAND` → `Switzerland`: a region in capitals is written like the city. */
function capsRegion(region: string): string {
  return region.length > 2 && region === region.toUpperCase() ? normalizeCity(region) : region;
}

function isPlausibleCity(city: string, region: string | undefined, needsPlace: boolean): boolean {
  if (FALSE_FRIEND_LABELS.has(city)) return false;
  if (!needsPlace) return true;
  if (lookupPlace(city)) return true;
  // `GRAND RAPIDS, Mich. —`: an AP state after the city vouches for a place the gazetteer lacks.
  return region !== undefined && region in US_STATE_ABBREVIATIONS;
}
