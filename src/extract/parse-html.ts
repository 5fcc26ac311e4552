import type { Document } from 'domhandler';
import { Parser } from 'htmlparser2';
import { DepthCappedHandler } from './dom/depth-capped-handler.ts';
import { replayReactStreaming } from './dom/react-streaming.ts';
import { flattenDeepMarkup } from './flatten-deep.ts';
import { stripInertMarkup } from './strip-inert.ts';

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
 * HTML → domhandler tree with htmlparser2, the fastest parser measured here (STACK.md).
 * Entities decoded, names lower-cased; the tree is owned by the caller, which may mutate it.
 */
export function parseHtml(html: string): ParsedHtml {
  const handler = new DepthCappedHandler(MAX_DEPTH);
  const flat = flattenDeepMarkup(stripInertMarkup(html), MAX_DEPTH);
  new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(
    flat.html,
  );
  const document = handler.root;
  // Only pages that stream (they contain the $RC helper) pay for the replay walk.
  const streamedSegments = html.includes('$RC(') ? replayReactStreaming(document) : 0;
  return { document, flattenedElements: flat.dropped + handler.skipped, streamedSegments };
}
