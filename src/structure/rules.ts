/**
 * Vocabularies of the structure stage (DESIGN.md "Heuristics are named data"). Each
 * entry carries its reason; regex sources are composed here once and compiled by the
 * modules that use them, at load time (never per call).
 */

/** Month spellings wire datelines use: AP `Sept.`, Reuters `Sept`, PTI `Sep`, TASS `October`. */
export const MONTH_SOURCE = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;

/** A dateline date as written: `Sept 8`, `Sept. 2`, `October 4`, `8 September`, `Jan. 5, 2024`. */
export const DATE_SOURCE = String.raw`(?:${MONTH_SOURCE} \d{1,2}(?:, \d{4})?|\d{1,2} ${MONTH_SOURCE}(?: \d{4})?)`;

/** An upper-case place name of up to four words: `KYIV`, `NEW DELHI`, `ST. LOUIS`, `WINSTON-SALEM`. */
export const CAPS_CITY_SOURCE = `[A-ZÀ-Þ][A-ZÀ-Þ.'’-]*(?: [A-ZÀ-Þ][A-ZÀ-Þ.'’-]*){0,3}`;

/** A title-case place name (AFP `Washington (AFP) –`, PTI `New Delhi, Sep 8 (PTI)`); lower-case particles allowed. */
export const TITLE_CITY_SOURCE = `[A-ZÀ-Þ][a-zß-ÿ'’-]+(?: (?:de|da|do|del|la|el|al|of|[A-ZÀ-Þ][a-zß-ÿ'’-]+)){0,3}`;

/** Region after the city: AP state abbreviations (`Mich.`, `N.Y.`, `W.Va.`) or a country (`Ukraine`). */
export const REGION_SOURCE = `[A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*){0,2}`;

/** What may follow a dateline: AP em dash, Reuters hyphen, Xinhua `--`, PTI colon, EFE `.-`. */
export const DATELINE_SEPARATOR_SOURCE = String.raw`(?:—|–|--|-|:|\.-|\.—)`;

/**
 * AP Stylebook state abbreviations as they appear in datelines, to their full names
 * (model.ts: `Mich.` → `Michigan`).
 */
export const US_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama',
  'Ariz.': 'Arizona',
  'Ark.': 'Arkansas',
  'Calif.': 'California',
  'Colo.': 'Colorado',
  'Conn.': 'Connecticut',
  'Del.': 'Delaware',
  'D.C.': 'District of Columbia',
  'Fla.': 'Florida',
  'Ga.': 'Georgia',
  'Ill.': 'Illinois',
  'Ind.': 'Indiana',
  'Kan.': 'Kansas',
  'Ky.': 'Kentucky',
  'La.': 'Louisiana',
  'Md.': 'Maryland',
  'Mass.': 'Massachusetts',
  'Mich.': 'Michigan',
  'Minn.': 'Minnesota',
  'Miss.': 'Mississippi',
  'Mo.': 'Missouri',
  'Mont.': 'Montana',
  'Neb.': 'Nebraska',
  'Nev.': 'Nevada',
  'N.H.': 'New Hampshire',
  'N.J.': 'New Jersey',
  'N.M.': 'New Mexico',
  'N.Y.': 'New York',
  'N.C.': 'North Carolina',
  'N.D.': 'North Dakota',
  'Okla.': 'Oklahoma',
  'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania',
  'R.I.': 'Rhode Island',
  'S.C.': 'South Carolina',
  'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee',
  'Vt.': 'Vermont',
  'Va.': 'Virginia',
  'Wash.': 'Washington',
  'W.Va.': 'West Virginia',
  'Wis.': 'Wisconsin',
  'Wyo.': 'Wyoming',
};

/**
 * Upper-case labels that open a paragraph with a colon like a South Asian dateline but
 * are not places (issue 3 "false friends"). The gazetteer already rejects most; this list
 * also guards labels that are real place names somewhere (e.g. `Watch`, `Live`).
 */
export const FALSE_FRIEND_LABELS: ReadonlySet<string> = new Set([
  'UPDATE', // live-blog update marker
  'UPDATED', // correction marker
  'WATCH', // video embed label
  'LISTEN', // audio embed label
  'READ', // "READ: …" cross-link
  'ALSO READ', // Indian outlets' cross-link
  'READ MORE', // cross-link
  'MORE', // cross-link
  'BREAKING', // alert banner
  'BREAKING NEWS', // alert banner
  'EXCLUSIVE', // story label
  'ANALYSIS', // story label
  'OPINION', // story label
  'EDITORIAL', // story label
  'PHOTOS', // gallery label
  'VIDEO', // video label
  'LIVE', // live label
  'NOTE', // editor's note
  "EDITOR'S NOTE", // editor's note
  'EDITOR’S NOTE', // editor's note, typographic apostrophe
  'CORRECTION', // correction notice
  'FACT CHECK', // story label
  'REVIEW', // story label
  'ALERT', // alert banner
  'FLASH', // wire flash label
  'URGENT', // wire urgency label
  'SEE ALSO', // cross-link
  'RELATED', // cross-link
  'SOURCE', // source line
  'PHOTO', // photo label
  'FILE', // file-photo label
]);

/** Lines that announce a list of teasers rather than belong to the story. */
export const RELATED_HEADING_RE =
  /^(?:related(?: stories| news| articles| coverage)?|read (?:more|also|next)|also read|more (?:from|on|stories|news)\b[^:]*|you may (?:also )?like|recommended(?: for you)?|most (?:read|popular)|top stories|latest news|see also)\s*:?$/i;

/** Prefixes that announce a photo credit: `Photo: AFP`, `Photograph by …`, `Image credit: …`. */
export const CREDIT_PREFIX_RE =
  /^(?:(?:photo credit|image credit|image copyright|photograph|photo|image|picture|pic|credit|copyright)s?(?: by)?\s*[:\-–—]?\s*|©\s*)/i;

/** Photo-source words after an agency: `AFP/File` (archive photo), `Handout`, `Pool`. */
export const PHOTO_SOURCE_SUFFIXES: Readonly<Record<string, 'archive' | 'other'>> = {
  File: 'archive', // AFP/Reuters archive photo
  Files: 'archive', // Reuters plural form
  FILE: 'archive', // upper-case variant
  'File Photo': 'archive', // Reuters "REUTERS/File Photo"
  Handout: 'other', // supplied by a party to the story
  HO: 'other', // AFP handout abbreviation
  Pool: 'other', // pool photographer
};

/** Social networks whose handles serve as photo credits (`—X@IuliiaMendel`). */
export const SOCIAL_NETWORKS = ['X', 'Twitter', 'Instagram', 'Facebook', 'TikTok', 'Telegram'] as const;

/** Stand-alone credit words that are credits without an agency. */
export const BARE_CREDIT_WORDS: ReadonlySet<string> = new Set([
  'Handout', // supplied photo
  'File', // archive photo
  'File photo', // archive photo
  'Supplied', // supplied photo
  'Agencies', // "— Agencies" trailer of South Asian outlets
  'Reuters TV', // video still
]);
