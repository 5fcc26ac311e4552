import type { Document } from 'domhandler';
import { message } from '../../messages.ts';
import type { Message, Metadata, MetadataField } from '../../model.ts';
import type { FieldSource, SourceContext } from './context.ts';
import { readJsonLd } from './json-ld.ts';
import { LIST_PRECEDENCE, type ListField, STRING_PRECEDENCE, type StringField } from './precedence.ts';
import { scanPage } from './scan.ts';

export interface MetadataResult {
  metadata: Metadata;
  sources: Partial<Record<MetadataField, string>>;
  messages: Message[];
}

/**
 * Page metadata from the parsed document: one walk of the tree (scan.ts), JSON-LD read
 * once, then each field's named sources tried in precedence order (precedence.ts).
 * The tree is only read, never mutated: the main-content extractor runs on it afterwards.
 *
 * @example extractMetadata(parseHtml(html).document, 'https://example.com/2024/09/08/story')
 */
export function extractMetadata(document: Document, url: string | undefined): MetadataResult {
  const scan = scanPage(document);
  const ld = readJsonLd(scan.jsonLd, url);
  const headline = pickHeadline(scan);
  const headlineOrders = scan.h1.filter((h) => h.text === headline?.text).map((h) => h.order);
  const partial: SourceContext = { scan, ld, url, headline, headlineOrders, siteNames: [] };
  const ctx: SourceContext = { ...partial, siteNames: siteNames(partial) };
  const metadata: Metadata = { authors: [], tags: [] };
  const sources: Partial<Record<MetadataField, string>> = {};
  const messages: Message[] = [];
  for (const field of Object.keys(STRING_PRECEDENCE) as StringField[]) {
    const won = firstValue(STRING_PRECEDENCE[field], ctx);
    if (won) {
      metadata[field] = won.value;
      sources[field] = won.source;
    }
    messages.push(decision(field, won));
  }
  for (const field of Object.keys(LIST_PRECEDENCE) as ListField[]) {
    const won = firstValue<string[]>(LIST_PRECEDENCE[field], ctx);
    if (won) {
      metadata[field] = won.value;
      sources[field] = won.source;
    }
    messages.push(decision(field, won && { source: won.source, value: won.value.join('; ') }));
  }
  return { metadata, sources, messages };
}

function firstValue<T>(
  list: readonly FieldSource<T>[],
  ctx: SourceContext,
): { source: string; value: T } | undefined {
  for (const source of list) {
    const value = source.read(ctx);
    if (value !== undefined) return { source: source.name, value };
  }
  return undefined;
}

function decision(field: MetadataField, won: { source: string; value: string } | undefined): Message {
  const rule = `extract/metadata-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  if (!won) return message({ stage: 'extract', rule, reason: `No source gave the ${field}.` });
  return message({
    stage: 'extract',
    rule,
    reason: `${field} taken from ${won.source}.`,
    excerpt: won.value,
  });
}

/** The headline `<h1>`: the first inside an `<article>`, else the first outside page furniture. */
function pickHeadline(scan: SourceContext['scan']) {
  return scan.h1.find((h) => h.inArticle) ?? scan.h1[0];
}

function siteNames(ctx: SourceContext): string[] {
  const names = STRING_PRECEDENCE.siteName.map((s) => s.read(ctx));
  return [...new Set(names.filter((n): n is string => n !== undefined))];
}
