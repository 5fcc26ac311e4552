import type { Entity, EntityType, Span } from '../../model.ts';
import { ROLE_WORDS } from '../lexicon/roles.ts';
import { withoutPossessive } from '../text/words.ts';
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
  const lowerWords = new Set(text.match(/\b\p{Ll}[\p{L}’']*/gu) ?? []);
  const mentions: Mention[] = [];
  for (const run of runs) {
    const words = trimInitial(run, midSentence, lowerWords);
    if (words.length === 0) continue;
    for (const piece of typeRun(words, run.before)) mentions.push(toMention(text, piece, run));
  }
  return groupMentions(retypeSurnames(mentions));
}

/** Drops a sentence-initial first word that is only capitalised by position ("Police in Ohio …"). */
function trimInitial(run: NameRun, midSentence: Set<string>, lowerWords: Set<string>): NameRun['words'] {
  const first = run.words[0];
  if (!run.sentenceInitial || first === undefined) return run.words;
  const bare = withoutPossessive(first.text);
  if (midSentence.has(first.text) || midSentence.has(bare)) return run.words;
  if (lowerWords.has(bare.toLowerCase())) return run.words.slice(1);
  return run.words;
}

function toMention(text: string, piece: TypedName, run: NameRun): Mention {
  const first = piece.words[0];
  const last = piece.words[piece.words.length - 1];
  const start = first?.start ?? run.start;
  let end = last?.end ?? run.end;
  if (/[’']s$/.test(text.slice(start, end))) end -= 2;
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
  const personWords = new Set(
    mentions.filter((m) => m.type === 'PERSON' && m.name.includes(' ')).flatMap((m) => m.name.split(' ')),
  );
  return mentions.map((m) =>
    m.guessed && !m.name.includes(' ') && personWords.has(m.name)
      ? { ...m, type: 'PERSON', rule: 'entity-surname' }
      : m,
  );
}

/** "Savett" → "Sean Savett" (a person's word); "SoftBank" → "SoftBank Group Corp" (an organisation's first word). */
function fullNameOf(m: Mention, fullNames: Mention[]): Mention | undefined {
  if (m.name.includes(' ')) return undefined;
  if (m.type === 'PERSON')
    return fullNames.find((f) => f.type === 'PERSON' && f.name.split(' ').includes(m.name));
  return fullNames.find((f) => f.type === 'ORG' && f.name.split(' ')[0] === m.name);
}

function groupMentions(mentions: Mention[]): EntityResult {
  const entities: Entity[] = [];
  const byKey = new Map<string, number>();
  const out: EntityResult['mentions'] = [];
  const fullNames = mentions.filter((m) => (m.type === 'PERSON' || m.type === 'ORG') && m.name.includes(' '));
  for (const raw of mentions) {
    const full = raw.guessed || raw.type === 'PERSON' ? fullNameOf(raw, fullNames) : undefined;
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
