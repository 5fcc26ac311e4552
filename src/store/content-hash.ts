import { createHash } from 'node:crypto';
import type { Article } from '../model.ts';
import { collapseSpaces } from '../util/spaces.ts';

/**
 * The content identity of an article: SHA-256 of its title and text with whitespace
 * collapsed and case folded, so the same story fetched twice (or re-served under another
 * URL with different markup) is stored once. A page with no text also hashes its URL or
 * input, or every empty extraction would be "the same content".
 */
export function contentHash(article: Pick<Article, 'title' | 'text' | 'url' | 'input'>): string {
  const norm = (s: string | undefined): string =>
    collapseSpaces(s ?? '')
      .trim()
      .toLowerCase();
  const text = norm(article.text);
  const identity = text.length > 0 ? '' : (article.url ?? article.input);
  return createHash('sha256')
    .update(`${norm(article.title)}\n${text}\n${identity}`)
    .digest('hex');
}

/** Host without `www.`, for the `site` filter; undefined for files and bad URLs. */
export function siteOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.startsWith('www.') ? host.slice(4) : host;
  } catch {
    return undefined;
  }
}
