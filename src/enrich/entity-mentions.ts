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
  const entities: Entity[] = ents.entities.map((e) => ({ ...e, mentions: [...e.mentions] }));
  const messages: Message[] = [];
  for (const o of others) {
    const value = text.slice(o.content.start, o.content.end);
    if (o.kind === 'title') {
      // “Star Wars,”: the title without the punctuation the quotation marks enclose; names inside it are not separate entities
      const span = {
        start: o.content.start,
        end: o.content.end - (/[,.;:!?]$/.exec(value)?.[0].length ?? 0),
      };
      for (const e of entities)
        e.mentions = e.mentions.filter((m) => m.end <= span.start || m.start >= span.end);
      entities.push({ name: text.slice(span.start, span.end), type: 'WORK_OF_ART', mentions: [span] });
      messages.push(
        message({
          stage: 'enrich',
          rule: 'enrich/title-not-quote',
          reason: `“${value}” is a title in quotation marks (title case, no cue): a work of art, not a quote`,
          span: o.content,
          excerpt: value,
        }),
      );
    } else {
      const why =
        o.kind === 'scare'
          ? 'a short phrase with no cue: scare quotes'
          : 'opened mid-sentence: part of the surrounding (indirect) statement';
      messages.push(
        message({
          stage: 'enrich',
          rule: `enrich/${o.kind}-quote`,
          reason: `“${value}” is not reported as a quote: ${why}`,
          span: o.content,
          excerpt: value,
        }),
      );
    }
  }
  for (const q of quotes) {
    const s = q.speaker;
    if (s.entity === undefined || s.span === undefined) continue;
    const target = entities[s.entity];
    if (target && !target.mentions.some((m) => m.start < (s.span?.end ?? 0) && (s.span?.start ?? 0) < m.end))
      target.mentions.push({ ...s.span });
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return { entities: entities.filter((e) => e.mentions.length > 0), messages };
}
