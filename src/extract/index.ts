import { selectAll } from 'css-select';
import { textContent } from 'domutils';
import type { Block, Decoded, Extracted } from '../model.ts';
import type { Options } from '../options.ts';
import { layoutBlocks } from '../util/layout.ts';
import { extractFromText } from './from-text.ts';
import { extractMetadata } from './metadata/index.ts';
import { parseHtml } from './parse-html.ts';

/** PLACEHOLDER main-content extraction (all <p>), replaced by the real extractor. */
export function extract(doc: Decoded, _options: Options): Extracted {
  if (doc.kind === 'text') return extractFromText(doc);
  const document = parseHtml(doc.content);
  const meta = extractMetadata(document, doc.url);
  const blocks: Block[] = selectAll('p', document)
    .map((p) => textContent(p).replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0)
    .map((text) => ({ type: 'paragraph', text }));
  const laid = layoutBlocks(blocks);
  return {
    ...meta.metadata,
    input: doc.input,
    url: doc.url,
    kind: doc.kind,
    charset: doc.charset,
    strategy: 'placeholder',
    blocks: laid.blocks,
    text: laid.text,
    metadataSources: meta.sources,
    removed: [],
    related: [],
    messages: [...doc.messages, ...meta.messages],
  };
}
