import type { Span } from '../../model.ts';
import { checkPageBudget } from '../../util/page-budget.ts';
import { NOT_NAMES } from '../lexicon/common-words.ts';
import { forLastText } from './last-text.ts';
import { ABBREVIATIONS } from './words.ts';

/** An article text's paragraphs, and the sentences of each as they are asked for (last-text.ts). */
const segmentsOf = forLastText((text) => ({
  paragraphs: splitParagraphs(text) as readonly Span[],
  sentences: new Map<string, readonly Span[]>(),
}));

/** Paragraphs of the article text: the text is one block per line (model.ts `Extracted.text`). */
export function paragraphsOf(text: string): readonly Span[] {
  return segmentsOf(text).paragraphs;
}

function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      checkPageBudget();
      if (i > start && /\S/.test(text.slice(start, i))) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

// A period, ? or ! (optionally closed by quote marks or a bracket), spaces, then something that starts a sentence.
const BOUNDARY = /[.!?…]+["'”’»)\]]*\s+(?=["“‘«(\p{Lu}\p{N}])/gu;

/** Sentences of one paragraph; abbreviations and initials do not end a sentence. */
export function sentencesOf(text: string, paragraph: Span): readonly Span[] {
  checkPageBudget();
  const kept = segmentsOf(text).sentences;
  const key = `${paragraph.start}:${paragraph.end}`;
  let sentences = kept.get(key);
  if (sentences === undefined) {
    sentences = splitSentences(text, paragraph);
    kept.set(key, sentences);
  }
  return sentences;
}

function splitSentences(text: string, paragraph: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(paragraph.start, paragraph.end);
  let start = 0;
  for (const m of slice.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    if (isAbbreviationEnd(slice, at) || continuesInitialism(slice, at, at + m[0].length)) continue;
    const end = at + m[0].trimEnd().length;
    out.push({ start: paragraph.start + start, end: paragraph.start + end });
    start = at + m[0].length;
  }
  if (start < slice.length) out.push({ start: paragraph.start + start, end: paragraph.end });
  return out.map(trimSpan(text));
}

function isAbbreviationEnd(slice: string, dotAt: number): boolean {
  if (slice[dotAt] !== '.') return false;
  const before = /(\S+)$/.exec(slice.slice(Math.max(0, dotAt - 12), dotAt + 1));
  const token = before?.[1] ?? '';
  if (ABBREVIATIONS.has(token)) return true;
  // an initial ("John F. Kennedy"), but not a sentence ending in an initialism ("… the U.S.")
  return /^\p{Lu}\.$/u.test(token);
}

function trimSpan(text: string): (span: Span) => Span {
  return (span) => {
    let { start, end } = span;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    return { start, end };
  };
}

/**
 * "U.S. Attorney James Kennedy", "the U.N. Security Council": an initialism followed by a
 * name continues the sentence; followed by a sentence starter ("The", "He") it ends one.
 */
function continuesInitialism(slice: string, dotAt: number, nextAt: number): boolean {
  const token = /(\S+)$/.exec(slice.slice(Math.max(0, dotAt - 12), dotAt + 1))?.[1] ?? '';
  if (!/^(?:\p{Lu}\.){2,}$/u.test(token)) return false;
  const next = /^[\p{L}’']+/u.exec(slice.slice(nextAt))?.[0] ?? '';
  return /^\p{Lu}/u.test(next) && !NOT_NAMES.has(next);
}
