import type { Span, Speaker } from '../../model.ts';
import { SPEAKER_PRONOUNS } from '../lexicon/common-words.ts';
import { ORG_NOUNS } from '../lexicon/orgs.ts';
import { NAME_TITLES, ROLE_WORDS } from '../lexicon/roles.ts';
import { isCommonWord } from '../lexicon/word-lists.ts';
import { isCapitalized, type Word, withoutPossessive, wordsIn } from '../text/words.ts';

export type SpeakerKind = 'person' | 'org' | 'pronoun' | 'nominal';

/** A speaker as parsed at its cue, before pronoun and nominal resolution. */
export interface ParsedSpeaker extends Speaker {
  kind: SpeakerKind;
  span: Span;
}

/** Adverbs and connectives that sit between a subject and its cue ("the ministry also said"). */
const SUBJECT_TRIM =
  /^(?:and|but|so|then|yet|meanwhile|however|also|later|earlier|previously|separately|further|had|has|have|was|were|would|will|once|again|too)$/i;
/** Connectives trimmed whatever their case ("But the company said"); auxiliaries only in lower case ("Will Moy"). */
const LEADING_CONNECTIVE = /^(?:and|but|so|then|yet|meanwhile|however|also)$/i;

/**
 * Parses a speaker phrase into name, role and affiliation (issue 4: "White House National
 * Security Council spokesperson Sean Savett" → Sean Savett / spokesperson / White House
 * National Security Council; "Savett, a spokesperson for the council" → appositive form).
 */
export function parseSpeaker(text: string, span: Span): ParsedSpeaker | undefined {
  const words = trimWords(wordsIn(text, span.start, span.end));
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const phrase: Span = { start: first.start, end: last.end };
  const written = text.slice(phrase.start, phrase.end);
  const base = { text: written, span: phrase };
  if (words.length === 1 && SPEAKER_PRONOUNS.has(first.text.toLowerCase()))
    return { ...base, kind: 'pronoun' };
  const comma = written.indexOf(',');
  // "the source, who asked … not to show their face": the relative clause is not the name
  if (comma > 0 && /^,\s*(?:who|which|whose)\b/.test(written.slice(comma)))
    return parseSpeaker(text, { start: phrase.start, end: phrase.start + comma });
  if (comma > 0) return parseAppositive(text, phrase, comma) ?? { ...base, kind: kindOf(words) };
  const split = splitRole(text, words);
  // "the analyst", "the spokesperson": a role without a name refers back to someone named before
  const named = words.some((w, i) => isCapitalized(w.text) && !(i === 0 && isCommonWord(w.text)));
  return { ...base, ...split, kind: split.role ? (named ? 'person' : 'nominal') : kindOf(words) };
}

function trimWords(words: Word[]): Word[] {
  let i = 0;
  let j = words.length;
  // lower-case only: "Will Moy" keeps its first name
  while (
    i < j &&
    (LEADING_CONNECTIVE.test((words[i] as Word).text) ||
      (/^\p{Ll}/u.test((words[i] as Word).text) && SUBJECT_TRIM.test((words[i] as Word).text)))
  )
    i++;
  while (j > i && SUBJECT_TRIM.test((words[j - 1] as Word).text)) j--;
  return words.slice(i, j);
}

/** "Sean Savett, a spokesperson for the White House" → name, role, affiliation. */
function parseAppositive(text: string, phrase: Span, comma: number): ParsedSpeaker | undefined {
  const headSpan = { start: phrase.start, end: phrase.start + comma };
  const head = wordsIn(text, headSpan.start, headSpan.end);
  const rest = text
    .slice(headSpan.end + 1, phrase.end)
    .replace(/,\s*$/, '')
    .trim();
  const m = /^(?:\d+,\s*)?(?:the |a |an )?(.*?)(?:\s+(?:of|for|at|with|to|in)\s+(?:the\s+)?(.+))?$/.exec(
    rest,
  );
  if (!m || head.length === 0 || !isCapitalized((head[0] as Word).text)) return undefined;
  const role = m[1]?.trim();
  const out: ParsedSpeaker = { text: text.slice(phrase.start, phrase.end), span: phrase, kind: kindOf(head) };
  const name = text.slice(headSpan.start, headSpan.end).trim();
  out.name = name;
  if (role?.split(' ').some((w) => ROLE_WORDS.has(w.toLowerCase()))) {
    out.role = role;
    out.kind = 'person';
    if (m[2]) out.affiliation = m[2].trim();
  }
  return out;
}

/** Role words before a capitalised name: what precedes them is the affiliation. */
function splitRole(text: string, words: Word[]): Pick<Speaker, 'name' | 'role' | 'affiliation'> {
  let r = -1;
  for (let i = words.length - 2; i >= 0; i--) {
    const w = (words[i] as Word).text;
    if (ROLE_WORDS.has(w.toLowerCase()) || NAME_TITLES.has(w)) {
      r = i;
      break;
    }
  }
  const after = words.slice(r + 1);
  const lastWord = (words[words.length - 1] as Word).text;
  if (ROLE_WORDS.has(lastWord.toLowerCase())) return roleOnly(text, words);
  if (r < 0 || !after.every((w) => isCapitalized(w.text))) return { name: nameFrom(text, words) };
  let roleStart = r;
  while (roleStart > 0 && isRoleWord((words[roleStart - 1] as Word).text)) roleStart--;
  const out: Pick<Speaker, 'name' | 'role' | 'affiliation'> = {
    name: spanText(text, after),
    role: spanText(text, words.slice(roleStart, r + 1)),
  };
  const aff = words.slice(0, roleStart).filter((w, i) => !(i === 0 && /^the$/i.test(w.text)));
  if (aff.length > 0) out.affiliation = withoutPossessive(spanText(text, aff));
  return out;
}

/** "a WeWork spokesperson": no name, a role and the affiliation before it. */
function roleOnly(text: string, words: Word[]): Pick<Speaker, 'name' | 'role' | 'affiliation'> {
  let roleStart = words.length - 1;
  while (roleStart > 0 && isRoleWord((words[roleStart - 1] as Word).text)) roleStart--;
  const out: Pick<Speaker, 'name' | 'role' | 'affiliation'> = {
    name: nameFrom(text, words),
    role: spanText(text, words.slice(roleStart)),
  };
  const aff = words.slice(0, roleStart).filter((w) => !/^(?:the|a|an)$/i.test(w.text));
  if (aff.length > 0 && aff.some((w) => isCapitalized(w.text)))
    out.affiliation = withoutPossessive(spanText(text, aff));
  return out;
}

function isRoleWord(word: string): boolean {
  return (
    ROLE_WORDS.has(word.toLowerCase()) ||
    NAME_TITLES.has(word) ||
    /^(?:senior|deputy|former|foreign|defence|defense|press|chief|national|security|top|interim|acting)$/i.test(
      word,
    )
  );
}

/** The name without a leading article or a trailing place ("… mission to the United Nations in New York"). */
function nameFrom(text: string, words: Word[]): string {
  const bare = words.filter((w, i) => !(i === 0 && /^(?:the|a|an)$/i.test(w.text)));
  const name = spanText(text, bare.length > 0 ? bare : words);
  return name.replace(/(\S)\s+in\s+(?:\p{Lu}[\p{L}.’']*\s?)+$/u, '$1');
}

function spanText(text: string, words: Word[]): string {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

/** Person when it has capitalised words and no organisation head; nominal for "the ministry". */
function kindOf(words: Word[]): SpeakerKind {
  const lower = words.filter((w) => !isCapitalized(w.text)).map((w) => w.text.toLowerCase());
  const head = (words[words.length - 1] as Word).text.toLowerCase();
  // a capital that only starts the sentence ("Company management said", "Police said") names nobody
  const anyCap = words.some(
    (w, i) =>
      isCapitalized(w.text) &&
      !(i === 0 && (/^the$/i.test(w.text) || (isCommonWord(w.text) && words.length > 1))),
  );
  if (!anyCap) return 'nominal';
  if (lower.some((w) => ORG_NOUNS.has(w))) return 'org';
  if (ROLE_WORDS.has(head)) return 'nominal';
  return 'person';
}
