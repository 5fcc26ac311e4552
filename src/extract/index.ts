import { message } from '../messages.ts';
import type { Decoded, Extracted, Message, RelatedItem } from '../model.ts';
import type { Options } from '../options.ts';
import { layoutBlocks } from '../util/layout.ts';
import { extractFromText } from './from-text.ts';
import { extractMetadata, type MetadataResult } from './metadata/index.ts';
import { detectLanguage } from './metadata/language.ts';
import { MAX_DEPTH, parseHtml } from './parse-html.ts';
import { filterBlocks } from './post-filter.ts';
import { runStrategies } from './run-strategies.ts';
import { makeResolver } from './url.ts';

/**
 * The extract stage: Decoded → Extracted. Metadata is read from the untouched tree, then
 * the body comes from the strategy list (run-strategies.ts), then the post-filter.
 */
export function extract(doc: Decoded, options: Options): Extracted {
  if (doc.kind === 'text') return extractFromText(doc);
  const messages: Message[] = [...doc.messages];
  const parsed = parseHtml(doc.pieces);
  if (parsed.flattenedElements > 0) {
    messages.push(
      message({
        stage: 'extract',
        rule: 'extract/depth-limit',
        severity: 'warning',
        reason: `${parsed.flattenedElements} element(s) nested deeper than ${MAX_DEPTH} levels were flattened`,
      }),
    );
  }
  const meta = extractMetadata(parsed.document, doc.url);
  messages.push(...meta.messages);
  const resolve = makeResolver(doc.url);
  const chosen = runStrategies(
    doc.pieces,
    parsed.document,
    { resolve, marks: options.marks, figures: options.figures },
    messages,
  );
  const filtered = filterBlocks(chosen.blocks, meta.metadata);
  if (filtered.blocks.length === 0) {
    messages.push(
      message({
        stage: 'extract',
        rule: 'extract/no-article',
        severity: 'warning',
        reason: 'no article text found on the page',
      }),
    );
  }
  const laid = layoutBlocks(filtered.blocks);
  const language = pageLanguage(meta, laid.text, options, messages);
  return {
    ...meta.metadata,
    language: language.code,
    input: doc.input,
    url: doc.url,
    kind: doc.kind,
    charset: doc.charset,
    strategy: chosen.strategy,
    blocks: laid.blocks,
    text: laid.text,
    metadataSources: language.sources,
    removed: [...chosen.removed, ...filtered.removed],
    related: [...chosen.related, ...filtered.related].map((item) => resolveRelated(item, resolve)),
    messages: [...messages, ...filtered.messages],
  };
}

function resolveRelated(item: RelatedItem, resolve: (href: string) => string | undefined): RelatedItem {
  if (item.url === undefined) return item;
  const url = resolve(item.url);
  const { url: _raw, ...rest } = item;
  return url ? { ...rest, url } : rest;
}

/** The declared language, else the one detected from the body (when options allow), with its source. */
function pageLanguage(
  meta: MetadataResult,
  text: string,
  options: Options,
  messages: Message[],
): { code: string | undefined; sources: MetadataResult['sources'] } {
  if (meta.metadata.language || !options.detectLanguage)
    return { code: meta.metadata.language, sources: meta.sources };
  const code = detectBodyLanguage(text);
  if (!code) return { code, sources: meta.sources };
  messages.push(
    message({
      stage: 'extract',
      rule: 'extract/metadata-language-detected',
      reason: `language ${code} detected from the body text (the page declares none)`,
    }),
  );
  return { code, sources: { ...meta.sources, language: 'detected-from-text' } };
}

/** Shortest body worth running language detection on, and how much of it is read. */
const MIN_DETECT_CHARS = 60;
const DETECT_SAMPLE_CHARS = 1000;

function detectBodyLanguage(text: string): string | undefined {
  if (text.length < MIN_DETECT_CHARS) return undefined;
  return detectLanguage(text.slice(0, DETECT_SAMPLE_CHARS));
}
