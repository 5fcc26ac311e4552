import { formatOffset, isoDay, MONTHS, pad } from './calendar.ts';

/**
 * The printed dates that news pages use most, read without chrono-node: "November 18, 2019",
 * "Nov. 19, 2019 8:03 am", "Tue, 19 Nov 2019 06:13:48 -0600", "19 November 2019, 09:01 AM GMT".
 *
 * Why: chrono-node's strict English parser tries each of its parsers and refiners on every
 * text, and inside the pipeline, with its code and regexes cold between pages, a call cost
 * about 0.2 ms (0.02–0.04 ms in a tight loop). Of the 106 texts per pass over the ScrapingHub
 * pages that reached chrono-node, 52 are read here (about 15 µs each); parseDateText() went from
 * 19.5–22 ms to 14–15.6 ms per warm pass (timed inside it, runs alternated), about 0.6 % of the
 * full pipeline. The texts left
 * to chrono-node are the dearer ones ("Nov 18, 2019 at 9:24 pm ET", "9:39 am EST, Wednesday, …").
 * On all 974 benchmark pages the records are the same, byte for byte.
 *
 * The contract is exactness, not coverage: a text is read here only when it is one whole date
 * of these shapes, with an optional time and a zone of fixed offset, and the answer is then
 * the one parseDateText() would give through chrono-node (common-date.test.ts holds the two
 * side by side over every shape). Anything else (other leading words, ranges, a time before the
 * date, "ET" and other zones whose offset depends on the date and chrono-node's local time zone,
 * impossible days) returns undefined, and the caller asks chrono-node.
 */

/** English month names as chrono-node's dictionary spells them (locales/en/constants.ts). */
const MONTH_PATTERN =
  'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|jun(?:e|\\.)?|jul(?:y|\\.)?|aug(?:ust|\\.)?|sep(?:t(?:ember)?)?\\.?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?';
const WEEKDAY_PATTERN =
  '(?:mon|tue|wed|thu|fri|sat|sun)\\.?|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** A label before the date ("Updated", "Published on", "Last updated:", "on"), or a separator ("| "). */
const LABEL = '(?:(?:(?:last\\s+)?updated|published|posted)\\s*:?\\s+(?:on\\s+)?|on\\s+|[-|]\\s+)?';

/** Zones whose offset chrono-node fixes (timezone.ts), in minutes east of UTC. */
const FIXED_ZONES: Readonly<Record<string, number>> = {
  gmt: 0,
  utc: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  bst: 60,
  ist: 330,
};

const TIME = `(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?m\\.?)?(?:\\s+(${Object.keys(FIXED_ZONES).join('|')}|[+-]\\d{4}))?)?`;

/** "[label] [Weekday,] Month D[,] YYYY[, time]": groups month, day, year, then the time's. */
const MONTH_FIRST = new RegExp(
  `^${LABEL}(?:(?:${WEEKDAY_PATTERN}),?\\s+)?(${MONTH_PATTERN})\\s+${DAY},?\\s+(\\d{4})${TIME}$`,
  'i',
);
/** "[label] [Weekday,] D Month[,] YYYY[, time]": groups day, month, year, then the time's. */
const DAY_FIRST = new RegExp(
  `^${LABEL}(?:(?:${WEEKDAY_PATTERN}),?\\s+)?${DAY}\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})${TIME}$`,
  'i',
);

/** Each month's first three letters, which every spelling above begins with. */
const MONTH_STARTS: readonly string[] = MONTHS.map((name) => name.slice(0, 3));

/**
 * The ISO 8601 form of `text` when it is one date of the common shapes above (as
 * parseDateText() gives it: the day, with the time when one is printed, with the offset when a
 * zone is); undefined when it is not, or when any part is out of range (chrono-node decides).
 */
export function readCommonDate(text: string): string | undefined {
  const trimmed = text.trim();
  let match = MONTH_FIRST.exec(trimmed);
  let monthName: string;
  let dayText: string;
  if (match) {
    monthName = match[1]!;
    dayText = match[2]!;
  } else {
    match = DAY_FIRST.exec(trimmed);
    if (!match) return undefined;
    dayText = match[1]!;
    monthName = match[2]!;
  }
  const month = MONTH_STARTS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  const date = isoDay(Number(match[3]), month, Number(dayText));
  if (date === undefined) return undefined;
  if (match[4] === undefined) return date;
  const time = clockTime(match[4], match[5]!, match[6], match[7]);
  if (time === undefined) return undefined;
  const zone = match[8];
  return zone === undefined ? `${date}${time}` : `${date}${time}${offset(zone)}`;
}

/** `THH:MM:SS` for a printed clock time, or undefined when out of range. */
function clockTime(
  hourText: string,
  minuteText: string,
  secondText: string | undefined,
  meridiem: string | undefined,
): string | undefined {
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (minute > 59 || second > 59) return undefined;
  if (meridiem === undefined) {
    if (hour > 23) return undefined;
  } else {
    if (hour < 1 || hour > 12) return undefined;
    const pm = meridiem.toLowerCase() === 'p';
    hour = pm ? (hour % 12) + 12 : hour % 12;
  }
  return `T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/** `±HH:MM` for a zone name of FIXED_ZONES or a printed offset (`-0600`). */
function offset(zone: string): string {
  const named = FIXED_ZONES[zone.toLowerCase()];
  if (named !== undefined) return formatOffset(named);
  return `${zone[0]}${zone.slice(1, 3)}:${zone.slice(3, 5)}`;
}
