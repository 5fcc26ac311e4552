import type { Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { isElement } from './dom/nodes.ts';
import { replayReactStreaming } from './dom/react-streaming.ts';
import { stripInertMarkup } from './strip-inert.ts';

/**
 * Deepest element kept. Real pages stay under ~60 levels; hostile ones nest 100 000
 * `<div>`s to blow recursive walkers' stacks. Deeper content is cut with a message.
 */
export const MAX_DEPTH = 400;

export interface ParsedHtml {
  document: Document;
  /** Number of subtrees cut at MAX_DEPTH. */
  cutSubtrees: number;
  /** React streaming segments moved into their boundaries. */
  streamedSegments: number;
}

/**
 * HTML → domhandler tree with htmlparser2, the fastest parser measured here (STACK.md).
 * Entities decoded, names lower-cased; the tree is owned by the caller, which may mutate it.
 */
export function parseHtml(html: string): ParsedHtml {
  const document = parseDocument(stripInertMarkup(html), {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  const cutSubtrees = capDepth(document);
  // Only pages that stream (they contain the $RC helper) pay for the replay walk.
  const streamedSegments = html.includes('$RC(') ? replayReactStreaming(document) : 0;
  return { document, cutSubtrees, streamedSegments };
}

/** Cuts subtrees below MAX_DEPTH, iteratively. Returns how many were cut. */
function capDepth(document: Document): number {
  let cut = 0;
  const stack: Array<{ element: Element; depth: number }> = [];
  for (const child of document.children) if (isElement(child)) stack.push({ element: child, depth: 1 });
  while (stack.length > 0) {
    const { element, depth } = stack.pop()!;
    if (depth >= MAX_DEPTH) {
      if (element.children.length > 0) {
        for (const child of element.children) child.parent = null;
        element.children = [];
        cut++;
      }
      continue;
    }
    for (const child of element.children)
      if (isElement(child)) stack.push({ element: child, depth: depth + 1 });
  }
  return cut;
}
