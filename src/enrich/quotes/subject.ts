import type { Span } from '../../model.ts';
import type { Word } from '../text/words.ts';

/** Words that start an appositive or relative clause after a name ("Savett, a spokesperson …, said"). */
const APPOSITIVE_START = /^(?:a|an|the|who|which|whose|one|\d+)$/i;
/** Adverbs allowed between a subject and its cue; they do not make a chunk. */
const BETWEEN =
  /^(?:also|later|earlier|previously|separately|further|then|again|too|has|had|have|once|meanwhile)$/i;
/** Finite verbs that show a chunk is a clause, not a subject noun phrase. */
const CLAUSE_VERBS =
  /^(?:is|are|was|were|be|been|being|will|would|can|could|should|may|might|must|do|does|did|not|if|when|because|while|since|although|as|than|there)$/i;
/** Longest subject accepted, in words: longer chunks are clauses, not names. */
const MAX_SUBJECT_WORDS = 14;

/**
 * The subject noun phrase that ends just before `words[cue]`, searched back to
 * `words[from]`: the comma chunk nearest the cue, or — when that chunk is an appositive
 * ("the United States, a key ally of Ukraine, also voiced …") — the chunk before it too.
 */
export function subjectBefore(text: string, words: Word[], cue: number, from: number): Span | undefined {
  let end = cue;
  while (end > from && BETWEEN.test((words[end - 1] as Word).text)) end--;
  const chunks = chunksOf(text, words, from, end);
  const last = chunks[chunks.length - 1];
  if (last === undefined) return undefined;
  if (last[0] < last[1]) {
    // "the plan, which officials said …": a relative clause's subject is not a speaker
    return /^(?:who|which|whose)$/i.test((words[last[0]] as Word).text)
      ? undefined
      : accept(text, words, last[0], last[1]);
  }
  // "Savett, a spokesperson for the council, said": an appositive between the name and the cue
  const appositive = chunks[chunks.length - 2];
  const head = chunks[chunks.indexOf(appositive ?? last) - 1];
  if (appositive === undefined || head === undefined || head[0] === head[1]) return undefined;
  if (!APPOSITIVE_START.test((words[appositive[0]] as Word)?.text ?? '')) return undefined;
  return accept(text, words, head[0], appositive[1]);
}

/** Comma-separated chunks of words[from, end) as [start, end) index pairs; a trailing comma gives an empty last chunk. */
function chunksOf(text: string, words: Word[], from: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = from;
  for (let i = from + 1; i < end; i++) {
    if (hasCommaBefore(text, words, i)) {
      out.push([s, i]);
      s = i;
    }
  }
  out.push([s, end]);
  if (end < words.length && end > from && hasCommaBefore(text, words, end)) out.push([end, end]);
  return out;
}

function accept(text: string, words: Word[], start: number, end: number): Span | undefined {
  if (end - start < 1 || end - start > MAX_SUBJECT_WORDS) return undefined;
  const chunk = words.slice(start, end);
  const appositiveAt = chunk.findIndex((_w, i) => i > 0 && hasCommaBefore(text, words, start + i));
  const head = appositiveAt > 0 ? chunk.slice(0, appositiveAt) : chunk;
  if (head.some((w) => CLAUSE_VERBS.test(w.text))) return undefined;
  if (head.length > 10) return undefined;
  return { start: (words[start] as Word).start, end: (words[end - 1] as Word).end };
}

export function hasCommaBefore(text: string, words: Word[], i: number): boolean {
  const prev = words[i - 1];
  const word = words[i];
  if (prev === undefined || word === undefined) return false;
  return /[,;:—–(]|\s-\s/.test(text.slice(prev.end, word.start));
}
