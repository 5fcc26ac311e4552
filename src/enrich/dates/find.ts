import type { Span } from '../../model.ts';
import { checkPageBudget } from '../../util/page-budget.ts';
import { overlapsAny } from '../../util/span-search.ts';

/** A temporal expression as found, with the kind that decides how it resolves. */
export interface FoundDate extends Span {
  kind: 'weekday' | 'month-day' | 'month' | 'relative-day' | 'relative-period' | 'year' | 'iso' | 'ago';
  groups: Record<string, string | undefined>;
}

const DAY = '(?<weekday>Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const MONTH =
  '(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.?|Sep\\.|Oct\\.|Nov\\.|Dec\\.)';

/** Any month name: the month patterns need one (a gate read once for the three of them). */
const ANY_MONTH = new RegExp(MONTH.replace('?<month>', '?:'));

/**
 * Temporal expressions, most specific first (issue 4: "on Sunday", "in August", "this week",
 * "Sept 8"). The preposition is kept in the text, as the examples write them.
 */
const PATTERNS: readonly { kind: FoundDate['kind']; re: RegExp; gate?: RegExp }[] = [
  { kind: 'iso', re: /\b(?<iso>\d{4}-\d{2}-\d{2})\b/g, gate: /\d-\d\d-/ },
  {
    kind: 'month-day',
    re: new RegExp(`\\b(?:on )?${MONTH} (?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (?<year>\\d{4})\\b)?`, 'g'),
    gate: ANY_MONTH,
  },
  {
    kind: 'month-day',
    re: new RegExp(`\\b(?:on )?(?<day>\\d{1,2}) ${MONTH}(?: (?<year>\\d{4}))?\\b`, 'g'),
    gate: ANY_MONTH,
  },
  {
    kind: 'month',
    re: new RegExp(
      `\\b(?:(?:in|since|until|by|early|late|mid|last|next|this) )?${MONTH}(?: (?<year>\\d{4}))?(?![\\p{L}])`,
      'gu',
    ),
    gate: ANY_MONTH,
  },
  {
    kind: 'weekday',
    re: new RegExp(
      `\\b(?:(?:[Oo]n|late|early|by|until|since|from) )?(?:(?<rel>last|next|this|this past|this coming) )?${DAY}(?: (?:morning|afternoon|evening|night))?\\b`,
      'g',
    ),
    gate: /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/,
  },
  {
    kind: 'relative-period',
    re: /\b(?:(?:earlier|later) )?(?<rel>this|last|next|the past|the previous|the coming|the next) (?<unit>week|weekend|month|year)\b/g,
    gate: /(?:week|weekend|month|year)\b/,
  },
  { kind: 'relative-day', re: /\b(?<word>yesterday|today|tomorrow|tonight)\b/gi },
  {
    kind: 'ago',
    re: /\b(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (?<unit>day|week|month|year)s? ago\b/g,
    gate: / ago\b/,
  },
  { kind: 'year', re: /\b(?:in|since|by|until|of) (?<year>(?:19|20)\d{2})\b/g, gate: /(?:19|20)\d\d/ },
];

/** All temporal expressions in text order, overlapping later matches dropped. */
export function findDateExpressions(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  const gates = new Map<RegExp, boolean>();
  for (const { kind, re, gate } of PATTERNS) {
    // A pattern's gate is a part every match of it holds: a text without it is not scanned
    // (the full patterns begin with optional words, which the regex engine tries everywhere).
    if (gate && !passes(gate, text, gates)) continue;
    // A pattern's own matches never overlap one another: only the earlier patterns' can be hit,
    // looked up by position (a scan of all of them per match was quadratic in dates per text).
    const taken = overlapsAny(out);
    for (const m of text.matchAll(re)) {
      checkPageBudget();
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken({ start, end })) continue;
      if (
        kind === 'month' &&
        m.groups?.month === 'May' &&
        !/^(?:in|since|until|by|early|late|mid|last|next|this) /.test(m[0]) &&
        !m.groups.year
      )
        continue;
      out.push({ start, end, kind, groups: { ...m.groups } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function passes(gate: RegExp, text: string, seen: Map<RegExp, boolean>): boolean {
  let passed = seen.get(gate);
  if (passed === undefined) {
    passed = gate.test(text);
    seen.set(gate, passed);
  }
  return passed;
}
