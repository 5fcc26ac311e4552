import type { Span } from '../../model.ts';
import { paragraphsOf, sentencesOf } from '../text/segments.ts';
import { type Word, wordsIn } from '../text/words.ts';
import { type Cue, cuesIn, isWeakCue } from './cue.ts';
import { parseSpeaker } from './speaker.ts';
import { hasCommaBefore, subjectBefore } from './subject.ts';
import type { FoundQuote } from './types.ts';

/** Adverbials between a cue and its clause ("said on Sunday", "said in a statement", "told reporters"). */
const ADVERBIAL =
  /^\s*,?\s*(?:(?:on|late|early|earlier|last|this|next|in|at|during)\s+(?:(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(?:night|morning|afternoon|evening))?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?|the weekend|week|month|year|night|today)|(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|today|yesterday|earlier|later|previously|also|again|repeatedly|separately)|(?:in|at|on|during|via|through)\s+(?:a|an|the|his|her|its|their)\s+[^,.;]{0,60}?(?:statement|interview|post|letter|speech|report|tweet|video|filing|release|conference|briefing|email|message|call|hearing|meeting|address|note|appearance|podcast|broadcast)(?:\s+(?:on|to|with)\s+[^,.;]{1,40}?)?(?=\s+that\b|,|\s+(?:the|a|an|it|he|she|they|we|its|his|her|their|this|there)\b)|(?:on|in)\s+(?:X|Twitter|Facebook|Instagram|Telegram|TikTok|television|TV|radio)|to\s+(?:reporters|journalists|lawmakers|the\s+press))\s*,?/;
/** Words that cannot start reported content: "voiced concern about …" has no clause. */
const NOT_CLAUSE_START =
  /^(?:about|to|for|with|of|by|in|on|at|into|from|over|and|or|but|so|as|than|up|out|off|back|goodbye|hello|thanks|yes|no|nothing|something|anything)$/i;
/** Where reported content stops: sourcing tails and a coordinated second verb of the speaker. */
const CONTENT_STOP =
  /,\s*(?:citing|according to|adding|saying|and (?:called|urged|added|said|warned|noted|vowed))\b|;\s/;

/** Reported (indirect) speech in sentences that hold no direct quote. */
export function findIndirect(text: string, taken: readonly Span[]): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (const p of paragraphsOf(text)) {
    for (const s of sentencesOf(text, p)) {
      if (taken.some((t) => t.start < s.end && s.start < t.end)) continue;
      const found = inSentence(text, s);
      if (found) out.push(found);
    }
  }
  return out;
}

function inSentence(text: string, s: Span): FoundQuote | undefined {
  const words = wordsIn(text, s.start, s.end);
  const end = contentEnd(text, s);
  const cues = cuesIn(text, words);
  for (const cue of cues) {
    const found =
      cue.lemma === 'according to'
        ? according(text, words, cue, s, end)
        : (inverted(text, words, cue, s) ?? forward(text, words, cue, end));
    if (found) return found;
  }
  return undefined;
}

/** "SUBJECT said (on Sunday) (that) CONTENT." */
function forward(text: string, words: Word[], cue: Cue, end: number): FoundQuote | undefined {
  const subject = subjectBefore(text, words, cue.first, 0);
  const speaker = subject && parseSpeaker(text, subject);
  if (!speaker) return undefined;
  let at = skipAddressee(text, words, cue);
  for (
    let m = ADVERBIAL.exec(text.slice(at, end));
    m && m[0].length > 0;
    m = ADVERBIAL.exec(text.slice(at, end))
  )
    at += m[0].length;
  const that = /^\s*that\s+/.exec(text.slice(at, end));
  if (that) at += that[0].length;
  else if (isWeakCue(cue)) return undefined;
  const content = trimContent(text, at, end);
  if (!content) return undefined;
  return { content, direct: false, cue, speaker, rule: 'indirect-speech' };
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

/** "CONTENT, Savett said." / "CONTENT, said Savett." — the cue sits in the sentence's last chunk. */
function inverted(text: string, words: Word[], cue: Cue, s: Span): FoundQuote | undefined {
  if (cue.first === 0 || !hasCommaBefore(text, words, firstOfChunk(text, words, cue.first))) return undefined;
  const chunkStart = firstOfChunk(text, words, cue.first);
  const tail = words.slice(cue.last + 1).filter((w) => w.start < s.end);
  const subject: Span | undefined =
    chunkStart === cue.first
      ? spanOf(tail.slice(0, 12))
      : cue.last === words.length - 1 || tail.length <= 3
        ? subjectBefore(text, words, cue.first, chunkStart)
        : undefined;
  const speaker = subject && parseSpeaker(text, subject);
  if (!speaker) return undefined;
  const chunkFirst = words[chunkStart] as Word;
  const content = trimContent(text, s.start, text.lastIndexOf(',', chunkFirst.start));
  return content ? { content, direct: false, cue, speaker, rule: 'indirect-inverted' } : undefined;
}

/** "According to X, CONTENT." and "CONTENT, according to X." */
function according(text: string, words: Word[], cue: Cue, s: Span, end: number): FoundQuote | undefined {
  const after = words.slice(cue.last + 1);
  const comma = after.findIndex((_w, i) => i > 0 && hasCommaBefore(text, words, cue.last + 1 + i));
  if (cue.first === 0 && comma > 0) {
    const speaker = parseSpeaker(text, spanOf(after.slice(0, comma)) as Span);
    const content = trimContent(text, (after[comma] as Word).start, end);
    return speaker && content ? { content, direct: false, cue, speaker, rule: 'according-to' } : undefined;
  }
  if (cue.first > 0 && hasCommaBefore(text, words, cue.first)) {
    const speaker = parseSpeaker(text, spanOf(after.slice(0, 12)) as Span);
    const content = trimContent(text, s.start, text.lastIndexOf(',', cue.span.start));
    return speaker && content ? { content, direct: false, cue, speaker, rule: 'according-to' } : undefined;
  }
  return undefined;
}

function firstOfChunk(text: string, words: Word[], i: number): number {
  let j = i;
  while (j > 0 && !hasCommaBefore(text, words, j)) j--;
  return j;
}

/** Content from `from` to `to`, cut before sourcing tails, without final punctuation; undefined when too short. */
function trimContent(text: string, from: number, to: number): Span | undefined {
  let end = to;
  const stop = CONTENT_STOP.exec(text.slice(from, end));
  if (stop) end = from + stop.index;
  let start = from;
  while (start < end && /[\s,:]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,.;:]/.test(text[end - 1] ?? '')) end--;
  const words = wordsIn(text, start, end);
  if (words.length < 3 || NOT_CLAUSE_START.test(words[0]?.text ?? '')) return undefined;
  return { start, end };
}

function contentEnd(_text: string, s: Span): number {
  return s.end;
}

function spanOf(words: Word[]): Span | undefined {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? { start: first.start, end: last.end } : undefined;
}
