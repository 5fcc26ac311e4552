import type { Document } from 'domhandler';
import { scanHtml } from './scan-pieces.ts';
import { TreeBuilder, type TreeOptions } from './tree-builder.ts';

export interface ReadHtml {
  document: Document;
  /** Elements not created because they sat deeper than `maxDepth`. */
  skipped: number;
}

/**
 * HTML → domhandler tree: the tree htmlparser2 + domhandler build (same node classes, so
 * css-select, domutils and dom-serializer work on it), without the inert markup extraction
 * never reads, built about three times faster. The page may come whole or in pieces
 * (`Decoded.pieces`): the tree is the same. bench/parser-parity.ts compares the two
 * trees on every benchmark page.
 *
 * @example readHtml('<p>Hi<br>there', { maxDepth: 400, keepInert: false }).document
 */
export function readHtml(html: string | readonly string[], options: TreeOptions): ReadHtml {
  const tree = new TreeBuilder(options);
  scanHtml(html, tree);
  return { document: tree.document, skipped: tree.skipped };
}
