import type { Span } from '../../model.ts';
import { type Word, wordsIn } from '../text/words.ts';
import type { Cue } from './cue.ts';
import { hasCommaBefore } from './subject.ts';

/** Adverbials between a cue and its clause ("said on Sunday", "said in a statement", "told reporters"). */
const ADVERBIAL =
  /^\s*,?\s*(?:(?:on|late|early|earlier|last|this|next|in|at|during)\s+(?:(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(?:night|morning|afternoon|evening))?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?|the weekend|week|month|year|night|today)|(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|today|yesterday|earlier|later|previously|also|again|repeatedly|separately)|(?:in|at|on|during|via|through)\s+(?:a|an|the|his|her|its|their)\s+[^,.;]{0,60}?(?:statement|interview|post|letter|speech|report|tweet|video|filing|release|conference|briefing|email|message|call|hearing|meeting|address|note|appearance|podcast|broadcast)(?:\s+(?:on|to|with)\s+[^,.;]{1,40}?)?(?=\s+that\b|,|\s+(?:the|a|an|it|he|she|they|we|its|his|her|their|this|there)\b)|(?:on|in)\s+(?:X|Twitter|Facebook|Instagram|Telegram|TikTok|television|TV|radio)|to\s+(?:reporters|journalists|lawmakers|the\s+press))\s*,?/;
/** Words allowed between a cue and a following "that" ("told US media this month that", "said in a statement emailed to NBC News that"). */
const BEFORE_THAT =
  /^(?:on|in|at|to|via|this|last|next|earlier|later|week|month|year|morning|afternoon|evening|night|weekend|a|an|the|statement|interview|email|emailed|letter|post|release|filing|reporters|journalists|lawmakers|media|news|conference|briefing|call|previously|also|repeatedly|privately|publicly|today|yesterday|his|her|its|their|separately)$/;
/** Words that cannot start reported content: "voiced concern about …" has no clause. */
const NOT_CLAUSE_START =
  /^(?:about|to|for|with|of|by|in|on|at|into|from|over|or|as|than|up|out|off|back|goodbye|hello|thanks|yes|no|nothing|something|anything|being)$/i;
/** Subordinators that cannot open that-less content ("Cook said while visiting …"); after "that" they can. */
const SUBORDINATOR = /^(?:while|when|after|before|because|during|ever|since|until|if)$/i;
/** Objects that make "claimed victory", "denied wrongdoing" a plain verb phrase, not reported content. */
const NP_OBJECT =
  /^(?:victory|responsibility|credit|ownership|wrongdoing|defeat|success|innocence|ignorance|knowledge|involvement)$/i;
/** Where reported content stops: sourcing tails and a coordinated second verb of the speaker. */
const CONTENT_STOP =
  /,\s*(?:citing|according to|adding|saying|while|but he|but she|and (?:called|urged|added|said|warned|noted|vowed))\b|;\s/;
/** Conjunctions left at the start of a sentence are not content ("And that's a big deal …"). */
const LEADING_CONJUNCTION = /^(?:and|but|so|yet|or)\s+/i;

/** Where the reported clause starts after a cue: past "told reporters", "on Sunday", "in a statement" and "that". */
export function clauseStart(
  text: string,
  words: Word[],
  cue: Cue,
  end: number,
): { at: number; that: boolean } {
  let at = skipAddressee(text, words, cue);
  // "told US media this month that …": a "that" close after the cue, before any comma, opens the clause
  const near = words.slice(cue.last + 1, cue.last + 10);
  const thatAt = near.findIndex((w) => w.text === 'that');
  const between = near.slice(0, Math.max(0, thatAt));
  // only over adverbials and addressees: in "reported wait times that exceeded …" the "that" is relative
  const thatWord =
    thatAt >= 0 &&
    between.every(
      (w, k) =>
        !hasCommaBefore(text, words, cue.last + 2 + k) &&
        (/^\p{Lu}/u.test(w.text) || BEFORE_THAT.test(w.text)),
    )
      ? near[thatAt]
      : undefined;
  if (thatWord && thatWord.start >= at) return { at: thatWord.end, that: true };
  for (
    let m = ADVERBIAL.exec(text.slice(at, end));
    m && m[0].length > 0;
    m = ADVERBIAL.exec(text.slice(at, end))
  )
    at += m[0].length;
  const that = /^\s*that\s+/.exec(text.slice(at, end));
  return that ? { at: at + that[0].length, that: true } : { at, that: false };
}

/** "told reporters …", "told Reuters …": the addressee of `tell` is not content. */
function skipAddressee(text: string, words: Word[], cue: Cue): number {
  const next = words[cue.last + 1];
  if (cue.lemma !== 'tell' || next === undefined) return cue.span.end;
  let i = cue.last + 1;
  if (/^(?:the|a|an)$/i.test(next.text)) i++;
  const first = words[i];
  if (first && /^\p{Lu}/u.test(first.text)) {
    while (
      words[i + 1] &&
      /^\p{Lu}/u.test((words[i + 1] as Word).text) &&
      !hasCommaBefore(text, words, i + 1)
    )
      i++;
  }
  return (words[i] as Word | undefined)?.end ?? cue.span.end;
}

/**
 * True when that-less content opens like a clause: not a subordinator ("said while visiting")
 * and not a bare object ("claimed victory"); a gerund only after deny/admit ("denied being unfair").
 */
export function opensClause(text: string, at: number, end: number, gerundOnly = false): boolean {
  const first = wordsIn(text, at, Math.min(end, at + 40))[0];
  if (first === undefined || SUBORDINATOR.test(first.text)) return false;
  if (gerundOnly) return /^\p{Ll}+ing$/u.test(first.text);
  return !NP_OBJECT.test(first.text);
}

/**
 * Content from `from` to `to`, cut before sourcing tails, without final punctuation; undefined when
 * too short. `afterCue` content must open like a clause; a whole sentence before "…, X said" need not.
 */
export function trimContent(text: string, from: number, to: number, afterCue = true): Span | undefined {
  let end = to;
  const stop = CONTENT_STOP.exec(text.slice(from, end));
  if (stop) end = from + stop.index;
  let start = from;
  while (start < end && /[\s,:]/.test(text[start] ?? '')) start++;
  // a wire credit left before the copy: "(Reuters) — "
  const credit = /^\([^)]{1,30}\)\s*[—–-]+\s*/.exec(text.slice(start, end));
  if (credit) start += credit[0].length;
  const conjunction = LEADING_CONJUNCTION.exec(text.slice(start, end));
  if (conjunction) start += conjunction[0].length;
  while (end > start && /[\s,.;:]/.test(text[end - 1] ?? '')) end--;
  const words = wordsIn(text, start, end);
  if (words.length < 3 || (afterCue && NOT_CLAUSE_START.test(words[0]?.text ?? ''))) return undefined;
  return { start, end };
}

export function spanOf(words: Word[]): Span | undefined {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? { start: first.start, end: last.end } : undefined;
}
