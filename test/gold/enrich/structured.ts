import type { Structured } from '../../../src/model.ts';

/**
 * A Structured document built by hand from a body text, with empty structure fields, so
 * the enrich stage can be tested without the decode/extract/structure stages.
 */
export function structuredFromText(
  text: string,
  published?: string,
  extra: Partial<Structured> = {},
): Structured {
  const doc: Structured = {
    input: '<test>',
    kind: 'text',
    charset: 'utf-8',
    strategy: 'test',
    blocks: [],
    text,
    metadataSources: {},
    removed: [],
    related: [],
    messages: [],
    authors: [],
    tags: [],
    dateline: null,
    credits: [],
    figures: [],
    teasers: [],
    ...extra,
  };
  if (published !== undefined) doc.published = published;
  return doc;
}
