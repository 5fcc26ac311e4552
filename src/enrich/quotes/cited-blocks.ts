import type { Block, Span } from '../../model.ts';
import { type ParsedSpeaker, parseSpeaker } from './speaker.ts';
import type { FoundQuote } from './types.ts';

/** Dashes and spaces that open an attribution line ("— Patrick Reinhart"). */
const CITE_LEAD = /^[\s—–-]+/;
/** Quotation marks around a pull quote's text, which are not part of what was said. */
const OPENING_MARKS = /^[\s“”"‘’'«»„]+/;
const CLOSING_MARKS = /[\s“”"‘’'«»]+$/;

/**
 * Quotes that the page attributes by markup instead of a reporting verb: a quote block with
 * a `cite` (a `<figure>` of a `<blockquote>` and its `<figcaption>`, extract/blocks), whose
 * speaker is the caption — pull quotes and testimonials ("SEO isn't dead, it's just
 * different." / "Patrick Reinhart, VP, Services and Thought Leadership, Conductor",
 * WCXB 0041). The quote's text and its cite follow each other in `text` (util/layout.ts);
 * a block whose span no longer holds them is skipped.
 */
export function citedBlockQuotes(text: string, blocks: readonly Block[]): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (const block of blocks) {
    if (block.type !== 'quote' || block.cite === undefined || block.span === undefined) continue;
    const contentEnd = block.span.start + block.text.length;
    if (text.slice(block.span.start, contentEnd) !== block.text) continue;
    if (text.slice(contentEnd + 1, block.span.end) !== block.cite) continue;
    const lead = CITE_LEAD.exec(block.cite)?.[0].length ?? 0;
    const speaker = captionSpeaker(text, { start: contentEnd + 1 + lead, end: block.span.end });
    const content = withoutMarks(text, { start: block.span.start, end: contentEnd });
    if (speaker === undefined || content.end <= content.start) continue;
    out.push({ content, direct: true, speaker, rule: 'speaker-cited' });
  }
  return out;
}

/**
 * A caption names its speaker as "Name, Title, Organisation" (or "Name, Title"): the name is
 * parsed as a speaker (person or organisation), the last of three or more parts is the
 * affiliation and the parts between are the role.
 */
function captionSpeaker(text: string, span: Span): ParsedSpeaker | undefined {
  const cite = text.slice(span.start, span.end);
  const parts = cite.split(',').map((part) => part.trim());
  const nameEnd = span.start + (parts.length > 1 ? cite.indexOf(',') : cite.length);
  const named = parseSpeaker(text, { start: span.start, end: nameEnd });
  if (named === undefined) return undefined;
  const speaker: ParsedSpeaker = { ...named, text: cite, span, name: named.name ?? named.text };
  if (parts.length === 2 && parts[1]) speaker.role = parts[1];
  if (parts.length >= 3) {
    speaker.role = parts.slice(1, -1).join(', ');
    speaker.affiliation = parts[parts.length - 1];
  }
  return speaker;
}

/** The quote's text without the quotation marks around it (a pair: an opening mark, then closing ones). */
function withoutMarks(text: string, span: Span): Span {
  const inner = text.slice(span.start, span.end);
  const opening = OPENING_MARKS.exec(inner)?.[0].length ?? 0;
  if (opening === 0 || opening === inner.length) return span;
  const closing = CLOSING_MARKS.exec(inner)?.[0].length ?? 0;
  return { start: span.start + opening, end: span.end - closing };
}

/** Quotes found by their marks inside a cited quote's text: the cited quote already holds them. */
export function outsideCited<T extends { content: Span }>(
  found: readonly T[],
  cited: readonly FoundQuote[],
): T[] {
  return found.filter(
    (q) => !cited.some((c) => q.content.start < c.content.end + 2 && q.content.end > c.content.start - 2),
  );
}
