/**
 * Past or future from the verb that governs a date (issue 4: "reported on Friday" → the
 * Friday before; "will travel this week" → ahead). Looks at the clause before the date.
 */
const FUTURE =
  /\b(?:will|won['’]t|shall|'ll|is going to|are going to|plans? to|planning to|scheduled (?:to|for)|expected to|set to|due to|intends? to|aims? to|hopes? to|would travel|upcoming|starting|begins?|next)\b/i;
const PAST = /\b(?:said|told|reported|announced|was|were|had|did|last|ago|earlier|\w+ed)\b/i;

export type Tense = 'past' | 'future';

/** The tense governing a date at `at`: the nearest marker in the preceding clause wins; past is the news default. */
export function tenseAt(text: string, at: number, end: number): Tense {
  const before = clauseBefore(text, at);
  const after = text.slice(end, end + 40).split(/[.;!?\n]/)[0] ?? '';
  const future = lastIndex(FUTURE, before);
  const past = lastIndex(PAST, before);
  if (future > past) return 'future';
  if (past < 0 && FUTURE.test(after) && !PAST.test(after)) return 'future';
  return 'past';
}

function clauseBefore(text: string, at: number): string {
  const slice = text.slice(Math.max(0, at - 120), at);
  const cut = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('\n'), slice.lastIndexOf('; '));
  return cut >= 0 ? slice.slice(cut + 1) : slice;
}

function lastIndex(re: RegExp, s: string): number {
  let best = -1;
  for (const m of s.matchAll(new RegExp(re.source, 'gi'))) best = m.index ?? best;
  return best;
}
