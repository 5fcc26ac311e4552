import type { Message, Severity, Span, Stage } from './model.ts';
import { isRegexSpace } from './util/spaces.ts';

export interface MessageInit {
  stage: Stage;
  rule: string;
  reason: string;
  severity?: Severity;
  span?: Span;
  node?: string;
  excerpt?: string;
}

const EXCERPT_CHARS = 80;
/**
 * Raw characters an excerpt is cut from: far more than EXCERPT_CHARS survive whitespace
 * collapsing, so callers need not join a removed region's whole text to describe it.
 */
export const EXCERPT_SOURCE_CHARS = 2000;

/** Builds a diagnostic as data (DESIGN.md "messages.ts"): content problems are messages, not exceptions. */
export function message(init: MessageInit): Message {
  const out: Message = {
    stage: init.stage,
    rule: init.rule,
    reason: init.reason,
    severity: init.severity ?? 'info',
  };
  if (init.span) out.span = init.span;
  if (init.node) out.node = init.node;
  if (init.excerpt) out.excerpt = shortExcerpt(init.excerpt);
  return out;
}

/** First characters of a text, whitespace collapsed, for readable explanations. */
export function shortExcerpt(text: string, max = EXCERPT_CHARS): string {
  // `text.replace(/\s+/g, ' ').trim()` cut to `max` characters, in one pass that stops as soon
  // as the cut is known: excerpts are taken of every removed region and every quote, and the
  // regex rewrote 320 characters of each (all 2 000 of a region that was mostly whitespace).
  // With classMarks' token map, the pipeline's CPU per ScrapingHub page went from 5.50–5.91 to
  // 5.06–5.50 ms (best of 8 passes, three alternated runs). The characters are copied into a fresh
  // string, never kept as slices: an excerpt lives as long as its article's messages, and a
  // slice would keep the page it was cut from alive with it (src/util/spaces.ts).
  const codes: number[] = [];
  let space = false;
  for (let i = 0; i < text.length && codes.length <= max; i++) {
    const code = text.charCodeAt(i);
    if (isRegexSpace(code)) {
      space = codes.length > 0;
      continue;
    }
    if (space) codes.push(SPACE);
    space = false;
    codes.push(code);
  }
  if (codes.length > max) {
    codes.length = Math.max(0, max - 1);
    codes.push(ELLIPSIS);
  }
  return String.fromCharCode(...codes);
}

const SPACE = 0x20;
const ELLIPSIS = 0x2026;
