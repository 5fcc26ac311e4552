import type { Document } from 'domhandler';
import { replayReactStreaming } from './dom/react-streaming.ts';
import { readHtml } from './html/index.ts';

/**
 * Deepest element created. Real pages stay under ~60 levels; hostile ones nest 100 000
 * `<div>`s. Deeper elements are flattened into the one at the cap (their text is kept).
 */
export const MAX_DEPTH = 400;

export interface ParsedHtml {
  document: Document;
  /** Elements not created because they sat deeper than MAX_DEPTH. */
  flattenedElements: number;
  /** React streaming segments moved into their boundaries. */
  streamedSegments: number;
}

/**
 * HTML → domhandler tree with our reader (src/extract/html/), which builds htmlparser2's
 * tree without the markup extraction never reads (scripts other than JSON-LD, styles,
 * comments, SVG). React streaming pages keep it all: their `$RC(` scripts and `<!--$-->`
 * markers are replayed after parsing. The tree is owned by the caller, which may mutate it.
 */
export function parseHtml(html: string): ParsedHtml {
  const streams = html.includes('$RC(');
  const read = readHtml(html, { maxDepth: MAX_DEPTH, keepInert: streams });
  const streamedSegments = streams ? replayReactStreaming(read.document) : 0;
  return { document: read.document, flattenedElements: read.skipped, streamedSegments };
}
