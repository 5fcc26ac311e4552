import { decode } from './decode/index.ts';
import { enrich } from './enrich/index.ts';
import { extract } from './extract/index.ts';
import type { Article, Source } from './model.ts';
import { type Options, type OptionsInit, resolveOptions } from './options.ts';
import { structure } from './structure/index.ts';

/**
 * The whole per-document chain, top to bottom: decode → extract → structure → enrich.
 * No I/O here: ingest (files, URLs, WARC) happens before, store and serve after.
 */
export function processSource(source: Source, init: OptionsInit | Options = {}): Article {
  const options = resolveOptions(init);
  const decoded = decode(source, options);
  const extracted = extract(decoded, options);
  const structured = structure(extracted, options);
  return enrich(structured, options);
}

/** Convenience for already-decoded HTML or text. */
export function processString(content: string, init: OptionsInit = {}): Article {
  const bytes = new TextEncoder().encode(content);
  const contentType = init.from === 'text' ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8';
  return processSource(
    { input: init.url ?? '<string>', url: init.url, bytes, contentType, kind: init.from },
    init,
  );
}
