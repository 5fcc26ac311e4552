import type { Span } from '../../model.ts';
import { overlapsAny } from '../../util/span-search.ts';
import { NOT_NAMES } from '../lexicon/common-words.ts';
import { PARTICIPLE_CUES, THAT_OPTIONAL } from '../lexicon/cues.ts';
import { ROLE_WORDS } from '../lexicon/roles.ts';
import { paragraphsOf, sentencesOf } from '../text/segments.ts';
import { type Word, wordsIn } from '../text/words.ts';
import { clauseStart, opensClause, spanOf, trimContent } from './content.ts';
import { type Cue, cuesIn } from './cue.ts';
import { parseSpeaker } from './speaker.ts';
import { hasCommaBefore, subjectBefore } from './subject.ts';
import type { FoundQuote } from './types.ts';

/** Cues whose reported content may be a gerund ("denied being unfair to her"). */
const GERUND_CUES: ReadonlySet<string> = new Set(['deny', 'admit', 'acknowledge']);
/** Group nouns that name speakers without a capital ("…, say officials."). */
const GROUP_SPEAKERS =
  /^(?:officials|experts|analysts|sources|police|prosecutors|authorities|witnesses|residents|critics|researchers|scientists|investigators|economists|doctors|lawyers|diplomats|observers|activists|organizers|organisers|officers)$/;
/** Words that open an adverbial tail after an inverted cue ("…, Cook said while visiting …"). */
const TAIL_ADVERBIAL =
  /^(?:in|on|at|during|to|while|when|after|before|ever|as|from|via|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last|this|earlier|later)$/;
/** Prepositions and subordinators that open a sentence's introduction, not its subject. */
const INTRO =
  /^(?:In|On|At|After|Before|When|While|As|Although|Though|Despite|Since|During|For|With|By|From|Under|Over|To|If|Hours|Days|Weeks|Months|Years|Minutes|Later|Earlier|Meanwhile|However|But|And|Yet|So|Still)$/;

/** Reported (indirect) speech in sentences that hold no direct quote. */
export function findIndirect(text: string, taken: readonly Span[]): FoundQuote[] {
  const out: FoundQuote[] = [];
  const overlapsTaken = overlapsAny(taken);
  for (const p of paragraphsOf(text)) {
    for (const s of sentencesOf(text, p)) {
      if (overlapsTaken(s)) continue;
      const found = inSentence(text, s);
      if (found) out.push(found);
    }
  }
  return out;
}

/**
 * Longest sentence searched for reported speech, in words. Longer ones are pieces the sentence
 * splitter could not cut (lists, flattened markup, a text without stops), where each cue's search
 * back for its subject made the cost grow with the square of the length (`we will” he said. `
 * 4 000 times: 5 s). On the 974 benchmark pages no sentence over 80 words holds reported
 * speech (a cap of 60 changed 5 pages' records, 80 none): 150 leaves room.
 */
const MAX_SENTENCE_WORDS = 150;

function inSentence(text: string, s: Span): FoundQuote | undefined {
  const words = wordsIn(text, s.start, s.end);
  if (words.length > MAX_SENTENCE_WORDS) return undefined;
  for (const cue of cuesIn(text, words)) {
    const found =
      cue.lemma === 'according to'
        ? according(text, words, cue, s)
        : (inverted(text, words, cue, s) ??
          participle(text, words, cue, s) ??
          forward(text, words, cue, s.end));
    if (found) return found;
  }
  return undefined;
}

/** "SUBJECT said (on Sunday) (that) CONTENT." */
function forward(text: string, words: Word[], cue: Cue, end: number): FoundQuote | undefined {
  if (PARTICIPLE_CUES.has((words[cue.first] as Word).text)) return undefined;
  const subject = subjectBefore(text, words, cue.first, 0);
  const speaker = subject && parseSpeaker(text, subject);
  if (!speaker) return undefined;
  const content = reported(text, words, cue, end);
  return content ? { content, direct: false, cue, speaker, rule: 'indirect-speech' } : undefined;
}

/** The reported clause after a cue; without "that" only for cues that allow it and clause-like openings. */
function reported(text: string, words: Word[], cue: Cue, end: number): Span | undefined {
  const { at, that } = clauseStart(text, words, cue, end);
  const gerund = GERUND_CUES.has(cue.lemma) && !THAT_OPTIONAL.has(cue.lemma);
  if (!that && !THAT_OPTIONAL.has(cue.lemma) && !gerund) return undefined;
  if (!that && !opensClause(text, at, end, gerund)) return undefined;
  return trimContent(text, at, end);
}

/** "Richardson decided to weigh in, saying that CONTENT": the participle reports the sentence subject's words. */
function participle(text: string, words: Word[], cue: Cue, s: Span): FoundQuote | undefined {
  if (!PARTICIPLE_CUES.has((words[cue.first] as Word).text) || !hasCommaBefore(text, words, cue.first))
    return undefined;
  const subject = sentenceSubject(text, words, cue.first);
  const speaker = subject && parseSpeaker(text, subject);
  const content = speaker && reported(text, words, cue, s.end);
  return speaker && content
    ? { content, direct: false, cue, speaker, rule: 'indirect-participle' }
    : undefined;
}

/** The leading name phrase of the first comma chunk that is not an introduction. */
function sentenceSubject(text: string, words: Word[], before: number): Span | undefined {
  let i = 0;
  while (i < before) {
    let j = i + 1;
    while (j < before && !hasCommaBefore(text, words, j)) j++;
    const first = words[i] as Word;
    // skip introductions and caps datelines ("BUFFALO, N.Y. — Hours before …")
    if (
      !INTRO.test(first.text) &&
      !INTRO.test(words[i + 1]?.text ?? '') &&
      !/^[\p{Lu}.]+$/u.test(first.text)
    ) {
      let k = i;
      while (k < j && isSubjectWord((words[k] as Word).text)) k++;
      const run = words.slice(i, k);
      const named = run.some((w) => /^\p{Lu}/u.test(w.text) && !NOT_NAMES.has(w.text));
      return named && /^\p{Lu}/u.test((words[k - 1] as Word).text) ? spanOf(run) : undefined;
    }
    i = j;
  }
  return undefined;
}

function isSubjectWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^(?:the|a|an|of)$/i.test(word) || ROLE_WORDS.has(word.toLowerCase());
}

/** "CONTENT, Savett said." / "CONTENT, said Savett." — the cue sits in the sentence's last chunk. */
function inverted(text: string, words: Word[], cue: Cue, s: Span): FoundQuote | undefined {
  const chunkStart = firstOfChunk(text, words, cue.first);
  if (cue.first === 0 || chunkStart === 0 || PARTICIPLE_CUES.has((words[cue.first] as Word).text))
    return undefined;
  const tail = words.slice(cue.last + 1).filter((w) => w.start < s.end);
  const tailOk = tail.length <= 3 || TAIL_ADVERBIAL.test(tail[0]?.text ?? '');
  const subject: Span | undefined =
    chunkStart === cue.first
      ? invertedTail(tail)
      : tailOk
        ? subjectBefore(text, words, cue.first, chunkStart)
        : undefined;
  const speaker = subject && parseSpeaker(text, subject);
  if (!speaker) return undefined;
  const content = trimContent(text, s.start, text.lastIndexOf(',', (words[chunkStart] as Word).start), false);
  // "Then, last week, Swift posted …" is an introduction, not reported content
  if (content && wordsIn(text, content.start, content.end).length < 5) return undefined;
  return content ? { content, direct: false, cue, speaker, rule: 'indirect-inverted' } : undefined;
}

/** "According to X, CONTENT." and "CONTENT, according to X." */
function according(text: string, words: Word[], cue: Cue, s: Span): FoundQuote | undefined {
  const after = words.slice(cue.last + 1);
  const comma = after.findIndex((_w, i) => i > 0 && hasCommaBefore(text, words, cue.last + 1 + i));
  if (cue.first === 0 && comma > 0) {
    const speaker = parseSpeaker(text, spanOf(after.slice(0, comma)) as Span);
    const content = trimContent(text, (after[comma] as Word).start, s.end);
    return speaker && content ? { content, direct: false, cue, speaker, rule: 'according-to' } : undefined;
  }
  if (cue.first > 0 && hasCommaBefore(text, words, cue.first)) {
    // "…, according to" with nothing after it (a text cut there, fuzzed WCXB 4578) names no one.
    const named = spanOf(after.slice(0, comma > 0 ? Math.min(comma, 12) : 12));
    const speaker = named && parseSpeaker(text, named);
    const content = trimContent(text, s.start, text.lastIndexOf(',', cue.span.start), false);
    return speaker && content ? { content, direct: false, cue, speaker, rule: 'according-to' } : undefined;
  }
  return undefined;
}

/** "…, said Sean Savett, a spokesperson." / "…, say officials." — a name, a the/a phrase or a group noun. */
function invertedTail(tail: Word[]): Span | undefined {
  const first = tail[0];
  if (!first || tail.length > 14 || tail.some((w) => w.text === 'that')) return undefined;
  if (!/^\p{Lu}/u.test(first.text) && !/^(?:the|a|an)$/.test(first.text) && !GROUP_SPEAKERS.test(first.text))
    return undefined;
  const stop = tail.findIndex((w, i) => i > 0 && TAIL_ADVERBIAL.test(w.text) && /^\p{Ll}/u.test(w.text));
  return spanOf(stop > 0 ? tail.slice(0, stop) : tail);
}

function firstOfChunk(text: string, words: Word[], i: number): number {
  let j = i;
  while (j > 0 && !hasCommaBefore(text, words, j)) j--;
  return j;
}
