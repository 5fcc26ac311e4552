import type { Message, Severity, Span, Stage } from './model.ts';

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
  // Excerpts of removed regions are cut from texts of many kilobytes: collapse a prefix first,
  // which gives the same first characters whenever it alone is longer than the excerpt.
  if (text.length > max * 4) {
    const head = text
      .slice(0, max * 4)
      .replace(/\s+/g, ' ')
      .trim();
    if (head.length > max) return `${head.slice(0, max - 1)}…`;
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
