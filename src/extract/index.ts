import type { Document } from 'domhandler';
import { message } from '../messages.ts';
import type { Decoded, Extracted, Message, RelatedItem } from '../model.ts';
import type { Options } from '../options.ts';
import { layoutBlocks } from '../util/layout.ts';
import { extractFromText } from './from-text.ts';
import { extractMetadata } from './metadata/index.ts';
import { detectLanguage } from './metadata/language.ts';
import { MAX_DEPTH, parseHtml } from './parse-html.ts';
import { filterBlocks } from './post-filter.ts';
import { type Attempt, GOOD_ENOUGH_CHARS, STRATEGIES } from './strategies.ts';
import { makeResolver } from './url.ts';

/**
 * The extract stage: Decoded → Extracted. Metadata is read from the untouched tree, then
 * the strategies of STRATEGIES are tried in order until one yields enough text; the
 * longest attempt wins otherwise. Every attempt leaves a message.
 */
export function extract(doc: Decoded, options: Options): Extracted {
  if (doc.kind === 'text') return extractFromText(doc);
  const messages: Message[] = [...doc.messages];
  const parsed = parseHtml(doc.content);
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
  let spare: Document | undefined = parsed.document;
  const freshDocument = (): Document => {
    const tree = spare ?? parseHtml(doc.content).document;
    spare = undefined;
    return tree;
  };
  const context = {
    freshDocument,
    resolve: makeResolver(doc.url),
    marks: options.marks,
    figures: options.figures,
  };
  let best: Attempt | undefined;
  for (const strategy of STRATEGIES) {
    const attempt = strategy.run(context);
    messages.push(...attempt.messages);
    messages.push(
      message({
        stage: 'extract',
        rule: `extract/strategy-${strategy.name}`,
        reason: `${attempt.chars} characters of body text`,
      }),
    );
    if (!best || attempt.chars > best.chars * 1.5) best = attempt;
    if (best.chars >= GOOD_ENOUGH_CHARS) break;
  }
  const chosen = best!;
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
  const language =
    meta.metadata.language ?? (options.detectLanguage ? detectBodyLanguage(laid.text) : undefined);
  const metadataSources = { ...meta.sources };
  if (language && !meta.metadata.language) {
    metadataSources.language = 'detected-from-text';
    messages.push(
      message({
        stage: 'extract',
        rule: 'extract/metadata-language-detected',
        reason: `language ${language} detected from the body text (the page declares none)`,
      }),
    );
  }
  return {
    ...meta.metadata,
    language,
    input: doc.input,
    url: doc.url,
    kind: doc.kind,
    charset: doc.charset,
    strategy: chosen.strategy,
    blocks: laid.blocks,
    text: laid.text,
    metadataSources,
    removed: [...chosen.removed, ...filtered.removed],
    related: [...chosen.related, ...filtered.related].map((item) => resolveRelated(item, context.resolve)),
    messages: [...messages, ...filtered.messages],
  };
}

function resolveRelated(item: RelatedItem, resolve: (href: string) => string | undefined): RelatedItem {
  if (item.url === undefined) return item;
  const url = resolve(item.url);
  const { url: _raw, ...rest } = item;
  return url ? { ...rest, url } : rest;
}

/** Shortest body worth running language detection on, and how much of it is read. */
const MIN_DETECT_CHARS = 60;
const DETECT_SAMPLE_CHARS = 1000;

function detectBodyLanguage(text: string): string | undefined {
  if (text.length < MIN_DETECT_CHARS) return undefined;
  return detectLanguage(text.slice(0, DETECT_SAMPLE_CHARS));
}
