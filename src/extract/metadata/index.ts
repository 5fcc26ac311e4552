import type { Document } from 'domhandler';
import { message } from '../../messages.ts';
import type { Message, Metadata, MetadataField } from '../../model.ts';
import type { FieldSource, SourceContext } from './context.ts';
import { readJsonLd } from './json-ld.ts';
import { LIST_PRECEDENCE, type ListField, STRING_PRECEDENCE, type StringField } from './precedence.ts';
import { type Hit, scanPage } from './scan.ts';
import { isSiteSegment, looseKey } from './title.ts';
import { hostOf } from './urls.ts';

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
  const headline = pickHeadline(scan, ld, url);
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

/**
 * The headline `<h1>`: with several, the one a declared title (`<title>`, og:title, JSON-LD
 * headline) contains, so that a section `<h1>` inside the article does not win over the
 * page's headline (WCXB 4064); else the first inside an `<article>`, else the first.
 * Costs one key per `<h1>`, only on pages with several.
 */
function pickHeadline(scan: SourceContext['scan'], ld: SourceContext['ld'], url: string | undefined) {
  if (scan.h1.length > 1) {
    const site = { siteNames: scan.meta.get('og:site_name') ?? [], host: hostOf(url) };
    const declared = [scan.titleElement, scan.meta.get('og:title')?.[0], ld?.headline]
      .filter((t): t is string => t !== undefined)
      .map(looseKey);
    // The longest such `<h1>` that is not the site's name, which titles contain too (WCXB 0426, 4628).
    let named: Hit | undefined;
    let best = 9;
    for (const h of scan.h1) {
      const key = looseKey(h.text);
      if (key.length > best && declared.some((d) => d.includes(key)) && !isSiteSegment(h.text, site)) {
        named = h;
        best = key.length;
      }
    }
    if (named) return named;
  }
  return scan.h1.find((h) => h.inArticle) ?? scan.h1[0];
}

function siteNames(ctx: SourceContext): string[] {
  const names = STRING_PRECEDENCE.siteName.map((s) => s.read(ctx));
  return [...new Set(names.filter((n): n is string => n !== undefined))];
}
