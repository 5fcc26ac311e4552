import type { Enriched, Message, Structured } from '../model.ts';
import type { Options } from '../options.ts';
import { splitAttributions } from './attributions.ts';
import { findDates } from './dates/index.ts';
import { findEntities } from './entities/index.ts';
import { withQuoteMentions } from './entity-mentions.ts';
import { citedBlockQuotes, outsideCited } from './quotes/cited-blocks.ts';
import { findDirectQuotes } from './quotes/direct.ts';
import { fillMissingSpeakers } from './quotes/fill.ts';
import { findIndirect } from './quotes/indirect.ts';
import { resolveSpeakers } from './quotes/resolve.ts';

/**
 * The enrich stage (issue 4): quotes with resolved speakers, claim attributions, typed
 * entities grouped per document, and dates resolved against the publication date.
 * Every span points into `doc.text`; every decision leaves an `enrich/*` message.
 * With `options.enrich === false` the four lists are empty and nothing is read.
 *
 * @example enrich(structured, resolveOptions()).quotes[0].speaker.name // "Sean Savett"
 */
export function enrich(doc: Structured, options: Options): Enriched {
  if (!options.enrich) return { ...doc, quotes: [], attributions: [], entities: [], dates: [] };
  const text = doc.text;
  const ents = findEntities(text);
  const cited = citedBlockQuotes(text, doc.blocks);
  const direct = findDirectQuotes(text);
  const marked = outsideCited(direct.quotes, cited);
  const taken = [...marked, ...cited].map((q) => q.content);
  const indirect = findIndirect(text, taken);
  const split = splitAttributions(text, indirect);
  const filled = fillMissingSpeakers(text, [...cited, ...marked, ...split.quotes]);
  const resolved = resolveSpeakers(text, filled.quotes, ents);
  const dates = findDates(doc);
  const entities = withQuoteMentions(text, ents, direct.others, resolved.quotes);
  // Array literals, not push(...): a page can hold far more messages than a call takes arguments.
  const messages: Message[] = [
    ...filled.messages,
    ...resolved.messages,
    ...split.messages,
    ...entities.messages,
    ...dates.messages,
  ];
  return {
    ...doc,
    quotes: resolved.quotes,
    attributions: split.attributions,
    entities: entities.entities,
    dates: dates.dates,
    messages: [...doc.messages, ...messages],
  };
}
