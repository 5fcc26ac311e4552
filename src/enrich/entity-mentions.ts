import { message } from '../messages.ts';
import type { Entity, Message, Quote, Span } from '../model.ts';
import { checkPageBudget } from '../util/page-budget.ts';
import { firstStartingFrom, overlapsAny } from '../util/span-search.ts';
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
  const entities = withTitles(
    text,
    ents.entities,
    others.filter((o) => o.kind === 'title'),
  );
  const messages = others.map((o) => explainNonQuote(text, o));
  addSpeakerMentions(entities, quotes);
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return { entities: entities.filter((e) => e.mentions.length > 0), messages };
}

/**
 * “Star Wars,”: each title without the punctuation its marks enclose becomes a WORK_OF_ART, and
 * names inside a title are not separate entities. The quoted spans come in text order and never
 * overlap (marks.ts), so one position lookup serves all titles; a title list that did overlap is
 * taken one title at a time, each cutting what overlaps it from what came before. Cutting
 * every entity once per title was quadratic: 2 s on a fuzzed page of 280 KB text (WCXB 0079).
 */
function withTitles(text: string, found: readonly Entity[], titles: readonly NonQuote[]): Entity[] {
  const spans = titles.map((o) => titleSpan(text, o));
  const entities = found.map((e) => ({ ...e, mentions: [...e.mentions] }));
  if (!inOrderApart(spans)) return spans.reduce((all, span) => withTitle(text, span, all), entities);
  const inTitle = overlapsAny(spans);
  const outside = entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => !inTitle(m)) }));
  return [...outside, ...spans.map((span) => titleEntity(text, span))];
}

function titleSpan(text: string, o: NonQuote): Span {
  const value = text.slice(o.content.start, o.content.end);
  return { start: o.content.start, end: o.content.end - (/[,.;:!?]$/.exec(value)?.[0].length ?? 0) };
}

function titleEntity(text: string, span: Span): Entity {
  return { name: text.slice(span.start, span.end), type: 'WORK_OF_ART', mentions: [span] };
}

function withTitle(text: string, span: Span, entities: Entity[]): Entity[] {
  const outside = entities.map((e) => ({
    ...e,
    mentions: e.mentions.filter((m) => m.end <= span.start || m.start >= span.end),
  }));
  return [...outside, titleEntity(text, span)];
}

function inOrderApart(spans: readonly Span[]): boolean {
  return spans.every((s, i) => i === 0 || (spans[i - 1] as Span).end <= s.start);
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

/**
 * Pronoun and nominal speakers join the entity they resolved to ("Sean Savett = Savett = he"),
 * unless the speaker span overlaps one of its mentions already. Each entity's own mentions get
 * one position lookup and the spans added here are kept in text order: testing every quote
 * against every mention of its speaker was quadratic (a page of 50 000 one-quote paragraphs
 * of one speaker: 7.2 s in all, now 2.9 s).
 */
function addSpeakerMentions(entities: Entity[], quotes: readonly Quote[]): void {
  const seen = new Map<Entity, { named: (s: Span) => boolean; added: Span[] }>();
  for (const q of quotes) {
    checkPageBudget();
    const span = q.speaker.span;
    const target = q.speaker.entity === undefined ? undefined : entities[q.speaker.entity];
    if (!span || !target) continue;
    let known = seen.get(target);
    if (known === undefined) {
      known = { named: overlapsAny(target.mentions), added: [] };
      seen.set(target, known);
    }
    if (known.named(span) || !addApart(known.added, span)) continue;
    target.mentions.push({ ...span });
  }
}

/**
 * Adds `span` to `spans` (in text order, none overlapping another) unless it overlaps one of
 * them; true when added. Speakers mostly come in text order, so the common case is a push.
 */
function addApart(spans: Span[], span: Span): boolean {
  const at = firstStartingFrom(spans, span.start);
  const before = spans[at - 1];
  const after = spans[at];
  if ((before !== undefined && before.end > span.start) || (after !== undefined && after.start < span.end))
    return false;
  if (at === spans.length) spans.push(span);
  else spans.splice(at, 0, span);
  return true;
}
