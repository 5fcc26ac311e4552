import type { Span } from '../../model.ts';
import { checkPageBudget } from '../../util/page-budget.ts';
import { PARTICIPLE_CUES } from '../lexicon/cues.ts';
import { ABBREVIATIONS, type Word, wordsIn } from '../text/words.ts';
import { type Cue, cuesIn } from './cue.ts';
import { findQuotedSpans, type QuotedSpan } from './marks.ts';
import { type SentenceStops, sentenceStops } from './sentence-stops.ts';
import { parseSpeaker } from './speaker.ts';
import { subjectBefore } from './subject.ts';
import type { FoundQuote, NonQuote } from './types.ts';

/** Farthest a cue may sit after a closing mark, in words ("…,” White House … Sean Savett said"). */
const MAX_WORDS_TO_CUE = 14;
/** Small words a title may keep in lower case ('Sphere within a Sphere'). */
const TITLE_SMALL_WORDS =
  /^(?:a|an|the|of|in|on|at|to|for|and|or|but|with|within|from|by|as|is|into|over|under|de|la|le)$/;

/** Direct quotes with the speaker named next to them, plus the quoted spans that are not speech. */
export function findDirectQuotes(text: string): { quotes: FoundQuote[]; others: NonQuote[] } {
  const quotes: FoundQuote[] = [];
  const others: NonQuote[] = [];
  let previousEnd = 0;
  const stops = sentenceStops(text);
  for (const q of findQuotedSpans(text)) {
    checkPageBudget();
    const words = wordsIn(text, q.content.start, q.content.end);
    const found = attributeAfter(text, q) ?? attributeBefore(text, q, previousEnd, stops);
    const kind = found ? undefined : classify(text, q, words);
    if (kind) others.push({ content: q.content, kind });
    else if (words.length > 0)
      quotes.push(found ?? { content: q.content, direct: true, rule: 'speaker-missing' });
    previousEnd = q.after;
  }
  return { quotes, others };
}

/** Quotes with no cue next to them: titles, scare quotes and mid-sentence fragments are not speech. */
function classify(text: string, q: QuotedSpan, words: Word[]): NonQuote['kind'] | undefined {
  const content = text.slice(q.content.start, q.content.end);
  const before = text.slice(Math.max(0, q.open - 3), q.open);
  // a full sentence in marks at a sentence start ("“It is working.”") is speech however short
  const opensSentence =
    /(?:^|[.!?]["”’]?\s+|\n)$/.test(text.slice(Math.max(0, q.open - 4), q.open)) && q.style === 'double';
  const sentenceLike = /[.!?…,]$/.test(content) && (words.length >= 4 || opensSentence);
  if (!sentenceLike && words.length >= 2 && words.length <= 10 && isTitleCase(words)) return 'title';
  if (!sentenceLike && words.length <= 4) return 'scare';
  const midSentence = /[\p{L}\p{N}]\s*$/u.test(before);
  // a quote opened mid-sentence ("called it “a disaster for all of us.”") is a mixed quote: the indirect rule owns it
  return midSentence ? 'partial' : undefined;
}

function isTitleCase(words: Word[]): boolean {
  const first = words[0];
  if (first === undefined || !/^\p{Lu}/u.test(first.text)) return false;
  return (
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w.text) || TITLE_SMALL_WORDS.test(w.text)) && words.length >= 1
  );
}

/** Where the sentence after a closing mark ends: a full stop, the next opening mark or the paragraph end. */
function regionAfter(text: string, from: number): Span {
  const rest = text.slice(from, from + 400);
  // a full stop after an abbreviation or initialism ("the U.S. attorney", "Sen.") does not end the sentence
  for (const m of rest.matchAll(/[.!?](?=\s|$)|["“«„\n]/g)) {
    const at = m.index ?? 0;
    if (m[0] === '.' && isAbbreviationBefore(rest, at)) continue;
    return { start: from, end: from + at };
  }
  return { start: from, end: from + rest.length };
}

/** "…,” Savett said." / "…,” said Savett." / "…,” it said." */
function attributeAfter(text: string, q: QuotedSpan): FoundQuote | undefined {
  const region = regionAfter(text, q.after);
  if (!/^\s*[,—–-]?\s*\p{L}/u.test(text.slice(region.start, region.end))) return undefined;
  const words = wordsIn(text, region.start, region.end);
  // after a full stop inside the marks only a short "Savett said." closes the quote; longer text is a new sentence
  const fullStop = /[.]$/.test(text.slice(q.content.start, q.content.end));
  for (const cue of cuesIn(text, words, 0, Math.min(words.length, MAX_WORDS_TO_CUE + 1))) {
    if (fullStop && (cue.first > 3 || words.length - cue.last > 4)) return undefined;
    const found = speakerAround(text, words, cue);
    if (found)
      return {
        content: q.content,
        direct: true,
        cue,
        speaker: found,
        rule: cue.first === 0 ? 'speaker-inverted' : 'speaker-after-quote',
      };
  }
  return undefined;
}

/** The speaker of a cue found after a quote; a participle (", saying …") never names its subject after it. */
function speakerAround(text: string, words: Word[], cue: Cue): ReturnType<typeof parseSpeaker> {
  const form = (words[cue.first] as Word).text;
  if (cue.first === 0 && PARTICIPLE_CUES.has(form)) return undefined;
  const span = cue.first === 0 ? invertedSubject(text, words, cue) : subjectBefore(text, words, cue.first, 0);
  return span && parseSpeaker(text, span);
}

/** True when the period at `at` closes an abbreviation or initialism rather than a sentence. */
function isAbbreviationBefore(s: string, at: number): boolean {
  const token = /(\S+)$/.exec(s.slice(Math.max(0, at - 12), at + 1))?.[1] ?? '';
  return ABBREVIATIONS.has(token) || /^(?:\p{Lu}\.)+$/u.test(token);
}

/** "…,” said Sean Savett, a spokesperson for the council." — the subject follows the cue. */
function invertedSubject(_text: string, words: Word[], cue: Cue): Span | undefined {
  const rest = words.slice(cue.last + 1);
  const stop = rest.findIndex((w) =>
    /^(?:on|at|during|in|after|before|when|while|as|told|last|this)$/.test(w.text),
  );
  const kept = stop >= 0 ? rest.slice(0, stop) : rest;
  const first = kept[0];
  const last = kept[kept.length - 1];
  return first && last && kept.length <= 16 ? { start: first.start, end: last.end } : undefined;
}

/** "Savett said: “…”" / "According to Savett, “…”" — a cue ending the text before the opening mark. */
function attributeBefore(
  text: string,
  q: QuotedSpan,
  previousEnd: number,
  stops: SentenceStops,
): FoundQuote | undefined {
  const lineStart = stops.lineStart(q.open);
  const from = Math.max(lineStart, previousEnd, stops.sentenceStartBefore(q.open, lineStart));
  const lead = text.slice(from, q.open);
  if (!/(?:[,:]|\bthat)\s*$/.test(lead)) return undefined;
  const words = wordsIn(text, from, q.open);
  const cues = cuesIn(text, words);
  const cue = cues[cues.length - 1];
  if (cue === undefined || words.length - cue.last > 6) return undefined;
  const span =
    cue.lemma === 'according to'
      ? afterAccording(text, words, cue)
      : subjectBefore(text, words, cue.first, 0);
  const speaker = span && parseSpeaker(text, span);
  if (!speaker) return undefined;
  return { content: q.content, direct: true, cue, speaker, rule: 'speaker-before-quote' };
}

function afterAccording(_text: string, words: Word[], cue: Cue): Span | undefined {
  const rest = words.slice(cue.last + 1);
  const first = rest[0];
  const last = rest[rest.length - 1];
  return first && last ? { start: first.start, end: last.end } : undefined;
}
