import type { Document } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * HTML → domhandler tree with htmlparser2, the fastest parser measured here (STACK.md).
 * Entities decoded, tag names lower-cased; the tree is owned by the caller, which may mutate it.
 */
export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}
