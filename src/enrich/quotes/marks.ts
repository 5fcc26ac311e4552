import type { Span } from '../../model.ts';
import { paragraphsOf } from '../text/segments.ts';

/** A span of text between quotation marks, before deciding whether it is speech. */
export interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just after the closing mark (or the paragraph end when never closed). */
  after: number;
  /** Content between the marks, whitespace trimmed. */
  content: Span;
  style: 'double' | 'single';
  /** Paragraphs the quote runs over (1 for most quotes). */
  paragraphs: number;
  /** False when the last paragraph ended with no closing mark. */
  closed: boolean;
}

/** Closing mark(s) for each opening mark: curly, guillemets, German low-high, straight. */
const DOUBLE_CLOSERS: Readonly<Record<string, string>> = {
  // scraped copy mixes straight and curly marks: accept either closer
  '“': '”"',
  '«': '»',
  '„': '“”',
  '"': '"”',
  '”': '”',
};
const SINGLE_OPENERS = new Set(['‘', "'", '‹']);

interface Open {
  mark: string;
  at: number;
  style: 'double' | 'single';
  paragraphs: number;
}

/**
 * Finds quoted spans in the whole text. A double quote left open at the end of a
 * paragraph continues when the next paragraph opens with a mark (AP/Chicago rule for
 * multi-paragraph quotes); single quotes never cross a paragraph (they are too often
 * apostrophes) and are ignored inside double quotes (nested quotes belong to their host).
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let pending: Open | undefined;
  let pendingEnd = 0;
  const nextMark = markCursor(text);
  for (const p of paragraphsOf(text)) {
    let from = p.start;
    if (pending) {
      const first = firstMark(text, p);
      if (first !== undefined && first.mark in DOUBLE_CLOSERS) {
        pending = { ...pending, paragraphs: pending.paragraphs + 1 };
        from = first.at + 1;
      } else {
        out.push(make(text, pending, pendingEnd, false));
        pending = undefined;
      }
    }
    const result = scanParagraph(text, nextMark, p, from, pending, out);
    pending = result;
    pendingEnd = p.end;
  }
  if (pending) out.push(make(text, pending, pendingEnd, false));
  return out;
}

function scanParagraph(
  text: string,
  nextMark: MarkCursor,
  p: Span,
  from: number,
  carried: Open | undefined,
  out: QuotedSpan[],
): Open | undefined {
  let open = carried;
  for (let i = nextMark(from, p.end); i < p.end; i = nextMark(i + 1, p.end)) {
    const c = text[i] as string;
    if (open === undefined) {
      if (c in DOUBLE_CLOSERS && c !== '”') open = { mark: c, at: i, style: 'double', paragraphs: 1 };
      else if (SINGLE_OPENERS.has(c) && opensSingle(text, i))
        open = { mark: c, at: i, style: 'single', paragraphs: 1 };
    } else if (open.style === 'double' && isDoubledApostrophe(text, i)) {
      // "“It was an attempt to mislead voters,’’ Will Moy …": two apostrophes close the quote
      out.push(make(text, open, i + 2, true, i));
      open = undefined;
      i++;
    } else if (open.style === 'double' && (DOUBLE_CLOSERS[open.mark] ?? '').includes(c)) {
      out.push(make(text, open, i + 1, true));
      open = undefined;
    } else if (open.style === 'single' && closesSingle(text, i, open.mark)) {
      out.push(make(text, open, i + 1, true));
      open = undefined;
    }
  }
  return open?.style === 'double' ? open : undefined;
}

/**
 * Every branch of scanParagraph acts only on a quotation mark or an apostrophe, so the scan
 * jumps from one to the next instead of visiting every character. The cursor remembers the
 * mark it last found: callers ask with increasing `from`, so a paragraph without marks never
 * searches the rest of the text again.
 */
const ANY_MARK = /["“”«»„‘’'‹›]/g;
type MarkCursor = (from: number, end: number) => number;

function markCursor(text: string): MarkCursor {
  let found = -1;
  return (from, end) => {
    if (found < from) {
      ANY_MARK.lastIndex = from;
      found = ANY_MARK.exec(text)?.index ?? text.length;
    }
    return Math.min(found, end);
  };
}

/** A single mark opens a quote only at a word start followed by a letter: not "rock 'n' roll" mid-word. */
function opensSingle(text: string, i: number): boolean {
  const prev = text[i - 1] ?? ' ';
  const next = text[i + 1] ?? ' ';
  return /[\s([—–-]/.test(prev) && /[\p{L}\p{N}]/u.test(next);
}

/** A single mark closes when it is not an apostrophe inside a word ("Iran’s"). */
function closesSingle(text: string, i: number, opener: string): boolean {
  const c = text[i];
  const wanted = opener === '‹' ? '›' : opener === '‘' ? '’' : "'";
  if (c !== wanted && !(opener === "'" && c === '’')) return false;
  const next = text[i + 1] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(next) && !/\s/.test(text[i - 1] ?? ' ');
}

function firstMark(text: string, p: Span): { mark: string; at: number } | undefined {
  const m = /^\s*(["“«„])/.exec(text.slice(p.start, p.start + 4));
  return m ? { mark: m[1] as string, at: p.start + m[0].length - 1 } : undefined;
}

function make(
  text: string,
  open: Open,
  after: number,
  closed: boolean,
  closeAt = closed ? after - 1 : after,
): QuotedSpan {
  let start = open.at + 1;
  let end = closeAt;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return {
    open: open.at,
    after,
    content: { start, end },
    style: open.style,
    paragraphs: open.paragraphs,
    closed,
  };
}

function isDoubledApostrophe(text: string, i: number): boolean {
  const c = text[i];
  return (c === '’' || c === "'") && text[i + 1] === c;
}
