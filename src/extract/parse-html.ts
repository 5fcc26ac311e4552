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
 * The page may come whole or as `Decoded.pieces`, which are never joined into one string.
 */
export function parseHtml(html: string | readonly string[]): ParsedHtml {
  const streams = typeof html === 'string' ? html.includes('$RC(') : piecesInclude(html, '$RC(');
  const read = readHtml(html, { maxDepth: MAX_DEPTH, keepInert: streams });
  const streamedSegments = streams ? replayReactStreaming(read.document) : 0;
  return { document: read.document, flattenedElements: read.skipped, streamedSegments };
}

/** `needle` in the pieces' concatenation, also where it spans two of them. */
export function piecesInclude(pieces: readonly string[], needle: string): boolean {
  let tail = '';
  for (const piece of pieces) {
    if (piece.includes(needle) || (tail + piece.slice(0, needle.length - 1)).includes(needle)) return true;
    const keep = needle.length - 1;
    tail = piece.length >= keep ? piece.slice(piece.length - keep) : (tail + piece).slice(-keep);
  }
  return false;
}
