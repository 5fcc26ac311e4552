/**
 * Dateline's public API.
 *
 * @example
 *   import { extract } from 'dateline';
 *   const article = extract('<html>…</html>', { url: 'https://example.com/news/1' });
 *   console.log(article.title, article.text);
 */
import type { Article } from './model.ts';
import type { OptionsInit } from './options.ts';
import { processSource, processString } from './pipeline.ts';

export { DatelineError, DecodeError, FetchError, InputError, LimitError } from './errors.ts';
export type * from './model.ts';
export { DEFAULT_OPTIONS, type Options, type OptionsInit } from './options.ts';
export { processSource };

/**
 * Extracts one page: HTML (or flattened text with `{ from: 'text' }`) in, an Article out.
 *
 * @example
 *   const a = extract(html, { url: 'https://news.example/2024/09/08/story' });
 *   a.title; a.authors; a.published; a.text; a.blocks;
 */
export function extract(content: string | Uint8Array, options: OptionsInit = {}): Article {
  if (typeof content === 'string') return processString(content, options);
  return processSource(
    {
      input: options.url ?? '<bytes>',
      url: options.url,
      bytes: content,
      contentType: options.contentType,
      kind: options.from,
    },
    options,
  );
}
