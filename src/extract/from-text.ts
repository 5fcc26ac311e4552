import type { Block, Decoded, Extracted } from '../model.ts';
import { layoutBlocks } from '../util/layout.ts';

/**
 * Flattened text (a scraped page already reduced to text, like the seed page): every
 * non-empty line is a paragraph. Segmenting it into story, captions and teasers is the
 * structure stage's job (DESIGN.md: "flattened-text segmentation").
 */
export function extractFromText(doc: Decoded): Extracted {
  const blocks: Block[] = doc.content
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .map((text) => ({ type: 'paragraph', text }));
  const laid = layoutBlocks(blocks);
  return {
    authors: [],
    tags: [],
    input: doc.input,
    url: doc.url,
    kind: 'text',
    charset: doc.charset,
    strategy: 'flattened-text',
    blocks: laid.blocks,
    text: laid.text,
    metadataSources: {},
    removed: [],
    related: [],
    messages: doc.messages,
  };
}
