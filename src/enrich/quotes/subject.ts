import type { Span } from '../../model.ts';
import type { Word } from '../text/words.ts';

/** Adverbs allowed between a subject and its cue; they do not belong to the subject. */
const BETWEEN =
  /^(?:also|later|earlier|previously|separately|further|then|again|too|has|had|have|once|meanwhile|however|twice|still|already|never|ever|repeatedly|publicly|privately|\p{Ll}+ly)$/u;
/** Finite verbs and subordinators that show a chunk is a clause, not a subject noun phrase. */
const CLAUSE_VERBS =
  /^(?:is|are|was|were|be|been|being|will|would|can|could|should|may|might|must|do|does|did|not|if|when|because|while|since|although|as|than|there)$/i;
/** Words after which the subject starts afresh: "This comes after police said", "in which he said". */
const SUBJECT_BOUNDARY =
  /^(?:after|before|when|while|because|since|if|although|though|whereas|until|once|that|which|who|where|whom)$/i;
/** An appositive opened by a preposition is an inserted adverbial ("Richardson, via USA Today, said"). */
const PREPOSITION = /^(?:via|through|in|at|on|from|with|by|during|for|of)$/i;
/** Longest subject head accepted, in words: longer chunks are clauses, not names. */
const MAX_HEAD_WORDS = 12;

/**
 * The subject noun phrase that ends just before `words[cue]`, searched back to
 * `words[from]`: the comma chunk nearest the cue, or — when a comma sits right before the
 * cue — the chunk before it plus its appositive ("Savett, a spokesperson for the council, said";
 * "the United States, a key ally of Ukraine, also voiced …").
 */
export function subjectBefore(text: string, words: Word[], cue: number, from: number): Span | undefined {
  const chunks = chunksOf(text, words, from, cue);
  const commaBeforeCue = cue > from && hasCommaBefore(text, words, cue);
  let trailingComma = commaBeforeCue;
  const last = chunks[chunks.length - 1];
  if (last && isAdverbChunk(words, last)) {
    // ", however, said" is a parenthetical; ", a key ally of Ukraine, also voiced" ends an appositive
    chunks.pop();
    trailingComma = !commaBeforeCue;
  }
  if (!trailingComma) {
    const head = chunks[chunks.length - 1];
    if (!head) return undefined;
    let end = head[1];
    while (end > head[0] && BETWEEN.test((words[end - 1] as Word).text)) end--;
    const range = subjectRange(words, [head[0], end]);
    return accept(words, range.start, end, Math.min(range.headEnd, end));
  }
  const appositive = chunks[chunks.length - 1];
  const head = chunks[chunks.length - 2];
  if (!appositive || !head) return undefined;
  const opener = (words[appositive[0]] as Word).text;
  const start = subjectRange(words, head).start;
  // a relative clause or an inserted adverbial is not part of the speaker
  if (/^(?:who|which|whose)$/i.test(opener) || PREPOSITION.test(opener)) return accept(words, start, head[1]);
  // "The group that owns most of her music, Big Machine, says": the name in apposition is the speaker
  const apWords = words.slice(appositive[0], appositive[1]);
  if (apWords.every((w) => /^\p{Lu}/u.test(w.text)) && /^(?:the|a|an)$/i.test((words[head[0]] as Word).text))
    return accept(words, appositive[0], appositive[1]);
  return accept(words, start, appositive[1], head[1]);
}

function isAdverbChunk(words: Word[], chunk: [number, number]): boolean {
  return chunk[1] - chunk[0] <= 2 && words.slice(chunk[0], chunk[1]).every((w) => BETWEEN.test(w.text));
}

/**
 * Where the subject starts in a chunk, and where its head ends: after the last subordinator
 * ("This comes after police" → "police"), or — for a relative clause — the noun phrase it
 * qualifies ("Officials who spoke on condition of anonymity" keeps its head "Officials").
 */
function subjectRange(words: Word[], chunk: [number, number]): { start: number; headEnd: number } {
  for (let i = chunk[1] - 1; i >= chunk[0]; i--) {
    const w = (words[i] as Word).text;
    if (!SUBJECT_BOUNDARY.test(w) || words[i + 1]?.text === 'of') continue; // "because of agency policy"
    // "in which he said" starts afresh; "Officials who spoke …" keeps the noun the clause qualifies
    const prev = (words[i - 1] as Word | undefined)?.text ?? '';
    if (/^(?:who|which|whose)$/i.test(w) && i > chunk[0] && !PREPOSITION.test(prev))
      return { start: chunk[0], headEnd: i };
    return { start: i + 1, headEnd: chunk[1] };
  }
  return { start: chunk[0], headEnd: chunk[1] };
}

/** Comma-separated chunks of words[from, end) as [start, end) index pairs. */
function chunksOf(text: string, words: Word[], from: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = from;
  for (let i = from + 1; i < end; i++) {
    if (hasCommaBefore(text, words, i)) {
      out.push([s, i]);
      s = i;
    }
  }
  if (s < end) out.push([s, end]);
  return out;
}

function accept(words: Word[], start: number, end: number, headEnd = end): Span | undefined {
  if (start >= end || headEnd - start > MAX_HEAD_WORDS) return undefined;
  // lower-case only: "Will Moy" is a name, "will" a verb
  if (words.slice(start, headEnd).some((w) => /^\p{Ll}/u.test(w.text) && CLAUSE_VERBS.test(w.text)))
    return undefined;
  return { start: (words[start] as Word).start, end: (words[end - 1] as Word).end };
}

export function hasCommaBefore(text: string, words: Word[], i: number): boolean {
  const prev = words[i - 1];
  const word = words[i];
  if (prev === undefined || word === undefined) return false;
  return /[,;:—–(]|\s-\s/.test(text.slice(prev.end, word.start));
}
