import { message, shortExcerpt } from '../../messages.ts';
import type { Entity, Message, Quote, Span, Speaker } from '../../model.ts';
import { checkPageBudget } from '../../util/page-budget.ts';
import { inTextOrder, mentionsWithin } from '../../util/span-search.ts';
import type { EntityResult } from '../entities/index.ts';
import { ORG_NOUNS } from '../lexicon/orgs.ts';
import { paragraphsOf, sentencesOf } from '../text/segments.ts';
import {
  byHead,
  byPronoun,
  type Known,
  type Mentions,
  personMention,
  sentenceSubjects,
} from './antecedent.ts';
import type { ParsedSpeaker } from './speaker.ts';
import type { FoundQuote } from './types.ts';

/** Resolves every quote's speaker in text order and explains each choice as a message. */
export function resolveSpeakers(
  text: string,
  found: readonly FoundQuote[],
  ents: EntityResult,
): { quotes: Quote[]; messages: Message[] } {
  const known: Known[] = [];
  const mentions = inTextOrder(ents.mentions);
  const sentences = paragraphsOf(text).flatMap((p) => sentencesOf(text, p));
  const subjects = sentenceSubjects(
    sentences,
    mentions,
    found.map((q) => q.content),
  );
  const quotes: Quote[] = [];
  const messages: Message[] = [];
  for (const q of [...found].sort((a, b) => a.content.start - b.content.start)) {
    checkPageBudget();
    // A cited quote has its speaker from markup and no cue word (cited-blocks.ts).
    if (!q.speaker || (!q.cue && q.rule !== 'speaker-cited')) continue;
    const { speaker, kind, how } = resolveOne(text, q.speaker, known, subjects, ents.entities, mentions);
    if (kind) known.push({ speaker, kind, at: q.speaker.span.start });
    quotes.push(toQuote(text, q, speaker));
    messages.push(explain(text, q, speaker, how));
  }
  return { quotes, messages };
}

interface Resolution {
  speaker: Speaker;
  kind?: Known['kind'];
  how: string;
}

function resolveOne(
  text: string,
  p: ParsedSpeaker,
  known: Known[],
  subjects: Mentions,
  entities: EntityResult['entities'],
  mentions: Mentions,
): Resolution {
  if (p.kind === 'pronoun' || p.kind === 'nominal')
    return resolveReference(p, known, subjects, entities, mentions);
  return resolveNamed(text, p, entities, mentions);
}

/** "it", "he", "the ministry": the nearest compatible earlier speaker or entity (antecedent.ts). */
function resolveReference(
  p: ParsedSpeaker,
  known: Known[],
  subjects: Mentions,
  entities: EntityResult['entities'],
  mentions: Mentions,
): Resolution {
  const found = p.kind === 'pronoun' ? byPronoun(p, known, subjects, entities) : byHead(p, known, mentions);
  if (!found) {
    // an unresolved nominal ("the league said") is still a speaker that a later "it" can refer to
    const kind = p.kind === 'nominal' ? nominalKind(p.text) : undefined;
    return {
      speaker: { text: p.text, span: p.span },
      kind,
      how: `${p.kind} "${p.text}" left unresolved: no compatible earlier speaker or entity`,
    };
  }
  const where =
    found.from === 'speaker'
      ? 'the nearest compatible earlier speaker'
      : 'the nearest compatible earlier entity';
  const name = found.speaker.name ?? found.speaker.text;
  return {
    speaker: { ...found.speaker, name, text: p.text, span: p.span },
    kind: found.kind,
    how: `${p.kind} "${p.text}" resolved to ${where} "${name}"`,
  };
}

/** A named speaker: the person's full name from the entity grouping, else the organisation as written. */
function resolveNamed(
  text: string,
  p: ParsedSpeaker,
  entities: EntityResult['entities'],
  mentions: Mentions,
): Resolution {
  const speaker: Speaker = { text: p.text, span: p.span, ...pick(p) };
  const person = p.kind === 'person' ? personMention(text, p, mentions) : undefined;
  if (person) {
    speaker.name = (entities[person.entity] as Entity).name;
    speaker.entity = person.entity;
    return {
      speaker,
      kind: 'person',
      how: `named speaker "${speaker.name}"${speaker.role ? ` (${speaker.role})` : ''}`,
    };
  }
  const inside = mentionsWithin(mentions, p.span);
  const org = inside.find((m) => m.name === speaker.name);
  if (org) speaker.entity = org.entity;
  const isPerson =
    p.kind === 'person' && !(org && org.type !== 'PERSON') && inside.every((m) => m.type === 'PERSON');
  const kind = isPerson ? 'person' : 'org';
  return {
    speaker,
    kind,
    how: `named ${kind === 'org' ? 'organisation' : 'speaker'} "${speaker.name ?? speaker.text}"`,
  };
}

/** "the league", "the ministry" are organisations; "the spokesman", "the suspect" are people. */
function nominalKind(text: string): Known['kind'] {
  const head = text.toLowerCase().split(/\s+/).pop() ?? '';
  return ORG_NOUNS.has(head) ? 'org' : 'person';
}

function pick(p: ParsedSpeaker): Partial<Speaker> {
  const out: Partial<Speaker> = {};
  if (p.name) out.name = p.name;
  if (p.role) out.role = p.role;
  if (p.affiliation) out.affiliation = p.affiliation;
  return out;
}

function toQuote(text: string, q: FoundQuote, speaker: Speaker): Quote {
  const quote: Quote = {
    content: text.slice(q.content.start, q.content.end),
    cue: q.cue ? text.slice(q.cue.span.start, q.cue.span.end) : '',
    speaker,
    direct: q.direct,
    start: q.content.start,
    end: q.content.end,
  };
  if (q.cue) {
    quote.verb = q.cue.lemma;
    quote.cueSpan = q.cue.span;
  }
  return quote;
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
  'speaker-cited': 'named by the caption of the quote block',
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
