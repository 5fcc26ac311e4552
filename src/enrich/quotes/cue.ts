import type { Span } from '../../model.ts';
import { CUE_PHRASE_FIRST_WORDS, CUE_PHRASES, CUE_VERBS } from '../lexicon/cues.ts';
import type { Word } from '../text/words.ts';

/** A cue found among words: its first and last word index, lemma and span. */
export interface Cue {
  first: number;
  last: number;
  lemma: string;
  span: Span;
}

/** Lemmas too ambiguous to cue speech without a quote mark or "that" next to them. */
const WEAK_LEMMAS: ReadonlySet<string> = new Set([
  'post',
  'continue',
  'describe',
  'agree',
  'promise',
  'believe',
  'estimate',
  'ask',
  'report',
  'call on',
]);

/**
 * Cues among `words[from, to)`, in order: single verbs, multi-word phrases ("voiced
 * concern", "pointed out") and "according to".
 */
export function cuesIn(text: string, words: Word[], from = 0, to = words.length): Cue[] {
  const out: Cue[] = [];
  for (let i = from; i < to; i++) {
    const w = words[i] as Word;
    // No lower-cased copy of every word: only a nine-letter word can be "according", and a
    // verb cue must be written in lower case, as CUE_VERBS's forms are (lexicon/cues.ts).
    if (w.text.length === 9 && w.text.toLowerCase() === 'according' && words[i + 1]?.text === 'to') {
      out.push({
        first: i,
        last: i + 1,
        lemma: 'according to',
        span: { start: w.start, end: (words[i + 1] as Word).end },
      });
      continue;
    }
    const phrase = phraseAt(text, words, i);
    if (phrase) {
      out.push(phrase);
      i = phrase.last;
      continue;
    }
    const lemma = CUE_VERBS.get(w.text);
    if (lemma) out.push({ first: i, last: i, lemma, span: { start: w.start, end: w.end } });
  }
  return out;
}

export function isWeakCue(cue: Cue): boolean {
  return WEAK_LEMMAS.has(cue.lemma);
}

function phraseAt(text: string, words: Word[], i: number): Cue | undefined {
  const w = words[i] as Word;
  if (!CUE_PHRASE_FIRST_WORDS.has(w.text)) return undefined;
  for (const p of CUE_PHRASES) {
    const m = p.pattern.exec(text.slice(w.start, w.start + 40));
    if (!m) continue;
    const end = w.start + m[0].length;
    let last = i;
    while (last + 1 < words.length && (words[last + 1] as Word).end <= end) last++;
    return { first: i, last, lemma: p.lemma, span: { start: w.start, end } };
  }
  return undefined;
}
