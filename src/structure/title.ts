import type { Block } from '../model.ts';
import { parseDateline } from './dateline.ts';

/** Headlines are short and carry no sentence-final punctuation. */
const HEADLINE_MAX_CHARS = 160;
const SENTENCE_END_RE = /[.!?:;,…]$/;

/** `true` when a line reads like a headline or a teaser title rather than a sentence. */
export function isHeadlineLike(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= HEADLINE_MAX_CHARS &&
    !SENTENCE_END_RE.test(text) &&
    !parseDateline(text)
  );
}

/**
 * Flattened text often keeps the headline as its first line, directly above the
 * dateline paragraph; it is the title, not body text. Returns it, or undefined.
 */
export function titleLine(blocks: readonly Block[]): string | undefined {
  const [first, second] = blocks;
  if (first?.type !== 'paragraph' || second?.type !== 'paragraph') return undefined;
  if (!isHeadlineLike(first.text)) return undefined;
  return parseDateline(second.text) ? first.text : undefined;
}
