import { message } from '../messages.ts';
import type { Entity, Message, Quote } from '../model.ts';
import type { EntityResult } from './entities/index.ts';
import type { NonQuote } from './quotes/types.ts';

/**
 * Final entity list: the grouped name mentions, plus titles in quotation marks as
 * WORK_OF_ART ('Sphere within a Sphere'), plus pronoun and nominal speakers added to the
 * entity they resolved to (issue 4: "Sean Savett = Savett = he").
 */
export function withQuoteMentions(
  text: string,
  ents: EntityResult,
  others: readonly NonQuote[],
  quotes: readonly Quote[],
): { entities: Entity[]; messages: Message[] } {
  let entities: Entity[] = ents.entities.map((e) => ({ ...e, mentions: [...e.mentions] }));
  const messages: Message[] = [];
  for (const o of others) {
    if (o.kind === 'title') entities = withTitle(text, o, entities);
    messages.push(explainNonQuote(text, o));
  }
  addSpeakerMentions(entities, quotes);
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return { entities: entities.filter((e) => e.mentions.length > 0), messages };
}

/** “Star Wars,”: the title without the punctuation its marks enclose; names inside it are not separate entities. */
function withTitle(text: string, o: NonQuote, entities: Entity[]): Entity[] {
  const value = text.slice(o.content.start, o.content.end);
  const span = { start: o.content.start, end: o.content.end - (/[,.;:!?]$/.exec(value)?.[0].length ?? 0) };
  const outside = entities.map((e) => ({
    ...e,
    mentions: e.mentions.filter((m) => m.end <= span.start || m.start >= span.end),
  }));
  return [...outside, { name: text.slice(span.start, span.end), type: 'WORK_OF_ART', mentions: [span] }];
}

function explainNonQuote(text: string, o: NonQuote): Message {
  const value = text.slice(o.content.start, o.content.end);
  if (o.kind === 'title') {
    const reason = `“${value}” is a title in quotation marks (title case, no cue): a work of art, not a quote`;
    return message({
      stage: 'enrich',
      rule: 'enrich/title-not-quote',
      reason,
      span: o.content,
      excerpt: value,
    });
  }
  const why =
    o.kind === 'scare'
      ? 'a short phrase with no cue: scare quotes'
      : 'opened mid-sentence: part of the surrounding (indirect) statement';
  return message({
    stage: 'enrich',
    rule: `enrich/${o.kind}-quote`,
    reason: `“${value}” is not reported as a quote: ${why}`,
    span: o.content,
    excerpt: value,
  });
}

/** Pronoun and nominal speakers join the entity they resolved to ("Sean Savett = Savett = he"). */
function addSpeakerMentions(entities: Entity[], quotes: readonly Quote[]): void {
  for (const q of quotes) {
    const span = q.speaker.span;
    const target = q.speaker.entity === undefined ? undefined : entities[q.speaker.entity];
    if (!span || !target || target.mentions.some((m) => m.start < span.end && span.start < m.end)) continue;
    target.mentions.push({ ...span });
  }
}
