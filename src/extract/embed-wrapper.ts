import type { Element } from 'domhandler';
import { isEmbeddedPost } from './blocks/block-tags.ts';
import type { Measure } from './dom/measure.ts';
import { elementsByTag } from './dom/nodes.ts';

const BLOCKQUOTE: ReadonlySet<string> = new Set(['blockquote']);

/** Share of a wrapper's text that its embedded posts must hold. */
const EMBED_SHARE = 0.5;

/**
 * A wrapper named like page furniture ("social-media-embed", "embed-social") around an
 * embedded post — a `twitter-tweet` or `instagram-media` blockquote, extract/blocks — is the
 * story quoting that post, not a share bar: ScrapingHub 3f65af7b (NJ.com) is about five
 * tweets, which the class rules removed as "social". The posts must be most of its text, so
 * a sidebar that happens to hold one still goes.
 */
export function isEmbedWrapper(element: Element, measureOf: (e: Element) => Measure | undefined): boolean {
  const chars = measureOf(element)?.chars ?? 0;
  if (chars === 0) return false;
  let embedded = 0;
  for (const quote of elementsByTag(element, BLOCKQUOTE)) {
    if (isEmbeddedPost(quote)) embedded += measureOf(quote)?.chars ?? 0;
  }
  return embedded >= chars * EMBED_SHARE;
}
