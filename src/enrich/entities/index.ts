import type { Entity, EntityType, Span } from '../../model.ts';
import { checkPageBudget } from '../../util/page-budget.ts';
import { ROLE_WORDS } from '../lexicon/roles.ts';
import { isCommonWord, isFirstName } from '../lexicon/word-lists.ts';
import { lowerCaseWords } from '../text/lower-words.ts';
import { withoutPossessive } from '../text/words.ts';
import { isGpe, isNorp } from './gazetteer.ts';
import { findNameRuns, type NameRun } from './runs.ts';
import { type TypedName, typeRun } from './type-run.ts';

/** One typed mention before grouping, with the rule that typed it. */
export interface Mention extends Span {
  name: string;
  type: EntityType;
  rule: string;
  guessed: boolean;
}

/** Entities of the text, grouped per document (one sense per document), plus each mention's entity index. */
export interface EntityResult {
  entities: Entity[];
  mentions: (Mention & { entity: number })[];
}

export function findEntities(text: string): EntityResult {
  const runs = findNameRuns(text);
  const midSentence = new Set(
    runs.filter((r) => !r.sentenceInitial).flatMap((r) => r.words.map((w) => w.text)),
  );
  const lowerWords = new Set(lowerCaseWords(text));
  const mentions: Mention[] = [];
  for (const run of runs) {
    checkPageBudget();
    const words = trimInitial(run, midSentence, lowerWords);
    if (words.length === 0) continue;
    for (const piece of typeRun(words, run.before)) {
      const m = toMention(text, piece, run);
      if (!isCommonGuess(m, lowerWords)) mentions.push(m);
    }
  }
  return groupMentions(retypeSurnames(mentions));
}

/**
 * Drops a sentence-initial first word that is only capitalised by position ("Police in Ohio …",
 * "Staying on the Moon …"): an everyday word, or one the text also writes in lower case,
 * unless the text capitalises it mid-sentence too.
 */
function trimInitial(run: NameRun, midSentence: Set<string>, lowerWords: Set<string>): NameRun['words'] {
  const first = run.words[0];
  if (!run.sentenceInitial || first === undefined) return run.words;
  const bare = withoutPossessive(first.text);
  const two = run.words
    .slice(0, 2)
    .map((w) => withoutPossessive(w.text))
    .join(' ');
  // caps datelines ("NEW JERSEY") and places that start with an everyday word ("South Dakota") stay whole
  if (/^\p{Lu}+$/u.test(bare) || isGpe(two) || isGpe(bare) || isNorp(bare)) return run.words;
  if (midSentence.has(first.text) || midSentence.has(bare)) return run.words;
  if (lowerWords.has(bare.toLowerCase()) || (isCommonWord(bare) && !isFirstName(bare)))
    return run.words.slice(1);
  return run.words;
}

/** A lone guessed name that is an everyday word the text also writes in lower case ("our Country") is no name. */
function isCommonGuess(m: Mention, lowerWords: Set<string>): boolean {
  return m.guessed && !m.name.includes(' ') && isCommonWord(m.name) && lowerWords.has(m.name.toLowerCase());
}

function toMention(text: string, piece: TypedName, run: NameRun): Mention {
  const first = piece.words[0];
  const last = piece.words[piece.words.length - 1];
  const start = first?.start ?? run.start;
  let end = last?.end ?? run.end;
  if (/[’']s$/.test(text.slice(start, end))) end -= 2;
  // "London-based", "Sugar Land-based": the place without its compound suffix
  const compound =
    /-(?:based|born|led|owned|made|controlled|dominated|backed|bound|linked|run|style|size|sized)$/.exec(
      text.slice(start, end),
    );
  if (compound) end -= compound[0].length;
  const type = piece.guessed && piece.words.length === 1 && isSpeakerContext(run) ? 'PERSON' : piece.type;
  return {
    start,
    end,
    name: text.slice(start, end),
    type,
    rule: type === piece.type ? piece.rule : 'entity-person-speaker',
    guessed: piece.guessed,
  };
}

/** "Savett said" / "spokesperson Savett": a lone unknown name next to a cue or a role is a person. */
/**
 * "spokesperson Savett": a lone unknown name after a role word is a person. A cue after the
 * name proves nothing ("WeWork said" is a company), so only the role counts.
 */
function isSpeakerContext(run: NameRun): boolean {
  return run.before !== undefined && ROLE_WORDS.has(run.before);
}

/** A lone guessed name equal to a word of a known person's name is that person ("Savett" → "Sean Savett"). */
function retypeSurnames(mentions: Mention[]): Mention[] {
  const people = mentions.filter((m) => m.type === 'PERSON' && m.name.includes(' '));
  const personWords = new Set(people.flatMap((m) => m.name.split(' ')));
  const surnames = new Set(people.map((m) => m.name.split(' ').pop() ?? ''));
  return mentions.map((m) => {
    if (m.name.includes(' ')) return m;
    // "Richardson", "Granollers": a surname of someone named in full beats a same-named town
    const retype = (m.guessed && personWords.has(m.name)) || (m.type === 'GPE' && surnames.has(m.name));
    return retype ? { ...m, type: 'PERSON', rule: 'entity-surname', guessed: false } : m;
  });
}

/**
 * "Savett" → "Sean Savett" (a person's word); "SoftBank" → "SoftBank Group Corp" (an
 * organisation's first word). The first full name in text order wins; looked up in maps
 * built once, not by scanning every full name for every mention.
 */
function fullNameFinder(fullNames: readonly Mention[]): (m: Mention) => Mention | undefined {
  const personByWord = new Map<string, Mention>();
  const orgByFirstWord = new Map<string, Mention>();
  for (const f of fullNames) {
    const words = f.name.split(' ');
    if (f.type === 'PERSON') {
      for (const word of words) if (!personByWord.has(word)) personByWord.set(word, f);
    } else if (f.type === 'ORG' && !orgByFirstWord.has(words[0]!)) orgByFirstWord.set(words[0]!, f);
  }
  return (m) => {
    if (m.name.includes(' ')) return undefined;
    return m.type === 'PERSON' ? personByWord.get(m.name) : orgByFirstWord.get(m.name);
  };
}

function groupMentions(mentions: Mention[]): EntityResult {
  const entities: Entity[] = [];
  const byKey = new Map<string, number>();
  const out: EntityResult['mentions'] = [];
  const fullNameOf = fullNameFinder(
    mentions.filter((m) => (m.type === 'PERSON' || m.type === 'ORG') && m.name.includes(' ')),
  );
  for (const raw of mentions) {
    checkPageBudget();
    const full = raw.guessed || raw.type === 'PERSON' ? fullNameOf(raw) : undefined;
    const m = full ? { ...raw, type: full.type } : raw;
    const key = `${m.type}:${(full ?? m).name.toLowerCase()}`;
    let index = byKey.get(key);
    if (index === undefined) {
      index = entities.length;
      byKey.set(key, index);
      entities.push({ name: (full ?? m).name, type: m.type, mentions: [] });
    }
    (entities[index] as Entity).mentions.push({ start: m.start, end: m.end });
    out.push({ ...m, entity: index });
  }
  return { entities, mentions: out };
}
