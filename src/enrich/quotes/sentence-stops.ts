import { countBelow } from '../../util/span-search.ts';

/**
 * Line starts and sentence ends of one text, found in one pass, for the quote finder's
 * "where does the sentence before this opening mark start" (direct.ts). Asking it per quote
 * by scanning back to the line start was quadratic on long lines: a fuzzed 2.4 MB page whose
 * markup had turned to text (a fifth of its `<` removed, WCXB 0401) spent 16 s there.
 */

/** The end of a sentence: a stop, a closing quote mark maybe, then spaces. */
const SENTENCE_END = /[.!?]["”’]?\s+/g;

interface Stop {
  /** The `.`, `!` or `?`. */
  start: number;
  /** The first space after it. */
  space: number;
  /** After the last space. */
  end: number;
}

export interface SentenceStops {
  /** Where the line holding `at` starts: after the last `\n` before it, else 0. */
  lineStart(at: number): number;
  /**
   * Where the last sentence end in text[floor, at) ends (its spaces cut at `at`), else `floor`:
   * what the last match of SENTENCE_END in `text.slice(floor, at)` gives. The matches of a
   * slice are the text's own that start in it, since a match holds no stop after its first
   * character and so no other match can start inside one.
   */
  sentenceStartBefore(at: number, floor: number): number;
}

export function sentenceStops(text: string): SentenceStops {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
  const stops: Stop[] = [];
  for (const m of text.matchAll(SENTENCE_END)) {
    const start = m.index ?? 0;
    const quoted = m[0].length > 1 && !/\s/.test(m[0][1] as string);
    stops.push({ start, space: start + (quoted ? 2 : 1), end: start + m[0].length });
  }
  return {
    lineStart: (at) => {
      const i = countBelow(newlines, at, (n) => n) - 1;
      return i < 0 ? 0 : (newlines[i] as number) + 1;
    },
    sentenceStartBefore: (at, floor) => {
      const i = countBelow(stops, at, (s) => s.space) - 1;
      const stop = stops[i];
      return stop === undefined || stop.start < floor ? floor : Math.min(stop.end, at);
    },
  };
}
