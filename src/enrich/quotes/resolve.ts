import { message, shortExcerpt } from '../../messages.ts';
import type { Entity, Message, Quote, Span, Speaker } from '../../model.ts';
import type { EntityResult } from '../entities/index.ts';
import type { ParsedSpeaker } from './speaker.ts';
import type { FoundQuote } from './types.ts';

/** A speaker already met, for pronoun and nominal resolution (nearest compatible earlier speaker). */
interface Known {
  speaker: Speaker;
  kind: 'person' | 'org';
  at: number;
}

type Mentions = EntityResult['mentions'];

/** Resolves every quote's speaker in text order and explains each choice as a message. */
export function resolveSpeakers(
  text: string,
  found: readonly FoundQuote[],
  ents: EntityResult,
): { quotes: Quote[]; messages: Message[] } {
  const known: Known[] = [];
  const quotes: Quote[] = [];
  const messages: Message[] = [];
  for (const q of [...found].sort((a, b) => a.content.start - b.content.start)) {
    if (!q.speaker || !q.cue) continue;
    const { speaker, kind, how } = resolveOne(
      q.speaker,
      q.content.start,
      known,
      ents.mentions,
      ents.entities,
    );
    if (kind) known.push({ speaker, kind, at: q.content.start });
    quotes.push(toQuote(text, q, speaker));
    messages.push(explain(text, q, speaker, how));
  }
  return { quotes, messages };
}

function resolveOne(
  p: ParsedSpeaker,
  at: number,
  known: Known[],
  mentions: Mentions,
  entities: Entity[],
): { speaker: Speaker; kind?: Known['kind']; how: string } {
  const base: Speaker = { text: p.text, span: p.span };
  if (p.kind === 'pronoun' || p.kind === 'nominal') {
    const antecedent = p.kind === 'pronoun' ? byPronoun(p.text.toLowerCase(), known) : byHead(p.text, known);
    if (antecedent)
      return {
        speaker: { ...antecedent.speaker, text: p.text, span: p.span },
        kind: antecedent.kind,
        how: `${p.kind} "${p.text}" resolved to the nearest compatible earlier speaker "${antecedent.speaker.name}"`,
      };
    const mention = mentionByHead(p, at, mentions);
    if (mention)
      return {
        speaker: { ...base, name: mention.name, entity: mention.entity },
        kind: 'org',
        how: `${p.kind} "${p.text}" resolved to the nearest earlier entity "${mention.name}"`,
      };
    return {
      speaker: base,
      how: `${p.kind} "${p.text}" left unresolved: no compatible earlier speaker or entity`,
    };
  }
  const inside = mentions.filter((m) => m.start >= p.span.start && m.end <= p.span.end);
  const person = inside.filter((m) => m.type === 'PERSON').pop();
  const speaker: Speaker = { ...base, ...pick(p) };
  if (p.kind === 'person' && person) {
    speaker.name = (entities[person.entity] as Entity).name;
    speaker.entity = person.entity;
    return {
      speaker,
      kind: 'person',
      how: `named speaker "${speaker.name}"${speaker.role ? ` (${speaker.role})` : ''}`,
    };
  }
  const org = inside.find((m) => m.name === speaker.name);
  if (org) speaker.entity = org.entity;
  const kind =
    p.kind === 'person' && !(org && org.type !== 'PERSON') && inside.every((m) => m.type === 'PERSON')
      ? 'person'
      : 'org';
  return {
    speaker,
    kind,
    how: `named ${kind === 'org' ? 'organisation' : 'speaker'} "${speaker.name ?? speaker.text}"`,
  };
}

function pick(p: ParsedSpeaker): Partial<Speaker> {
  const out: Partial<Speaker> = {};
  if (p.name) out.name = p.name;
  if (p.role) out.role = p.role;
  if (p.affiliation) out.affiliation = p.affiliation;
  return out;
}

/** he/she/I → the last person; it/they/we → the last organisation (issue 4: "it said" → Iran's mission). */
function byPronoun(pronoun: string, known: Known[]): Known | undefined {
  const want = pronoun === 'he' || pronoun === 'she' || pronoun === 'i' ? 'person' : 'org';
  return (
    [...known].reverse().find((k) => k.kind === want) ??
    (pronoun === 'they' ? known[known.length - 1] : undefined)
  );
}

/** "the ministry" → the last speaker whose name or role has that head noun. */
function byHead(phrase: string, known: Known[]): Known | undefined {
  const head = headOf(phrase);
  return [...known]
    .reverse()
    .find((k) =>
      `${k.speaker.name ?? ''} ${k.speaker.role ?? ''} ${k.speaker.text}`.toLowerCase().includes(head),
    );
}

function mentionByHead(p: ParsedSpeaker, at: number, mentions: Mentions): Mentions[number] | undefined {
  const earlier = mentions.filter((m) => m.end <= at && m.end <= p.span.start);
  if (p.kind === 'pronoun') {
    const want = /^(?:he|she|i)$/i.test(p.text) ? ['PERSON'] : ['ORG'];
    return earlier.filter((m) => want.includes(m.type)).pop();
  }
  const head = headOf(p.text);
  return earlier.filter((m) => m.name.toLowerCase().includes(head)).pop();
}

function headOf(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}

function toQuote(text: string, q: FoundQuote, speaker: Speaker): Quote {
  const cue = q.cue as NonNullable<FoundQuote['cue']>;
  return {
    content: text.slice(q.content.start, q.content.end),
    cue: text.slice(cue.span.start, cue.span.end),
    verb: cue.lemma,
    speaker,
    direct: q.direct,
    start: q.content.start,
    end: q.content.end,
    cueSpan: cue.span,
  };
}

const WHERE: Readonly<Record<string, string>> = {
  'speaker-after-quote': 'named after the closing mark, before the cue',
  'speaker-inverted': 'named after the cue that follows the closing mark',
  'speaker-before-quote': 'named before the opening mark, with the cue',
  'speaker-same-paragraph': 'no cue next to the quote: the speaker of the same paragraph',
  'speaker-carried-over': 'no cue next to the quote: the previous paragraph’s speaker carries over',
  'indirect-speech': 'subject of the reporting verb',
  'indirect-inverted': 'named after the reported clause',
  'according-to': 'named by "according to"',
};

function explain(text: string, q: FoundQuote, speaker: Speaker, how: string): Message {
  const cue = q.cue ? text.slice(q.cue.span.start, q.cue.span.end) : '';
  const span: Span = q.content;
  return message({
    stage: 'enrich',
    rule: `enrich/${q.rule}`,
    reason: `“${shortExcerpt(text.slice(span.start, span.end), 40)}” → ${speaker.name ?? speaker.text}: ${WHERE[q.rule] ?? q.rule} “${cue}”; ${how}`,
    span,
    excerpt: text.slice(span.start, span.end),
  });
}
