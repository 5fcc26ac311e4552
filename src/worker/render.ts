import { type FormatName, formatArticle } from '../format/index.ts';
import type { Source } from '../model.ts';
import type { OptionsInit } from '../options.ts';
import { processSource } from '../pipeline.ts';

/** One page's work, as sent to a worker (plain data: it crosses a thread boundary). */
export interface PageTask {
  source: Source;
  options: OptionsInit;
  format: FormatName;
  /** Add the explanation of the page's decisions, in a form that keeps the format valid. */
  explain: boolean;
}

/**
 * What comes back: the page rendered in the requested format (or, for a worker of
 * another kind, its `Output`: the ingest worker's store rows), or why it failed.
 */
export type PageResult<Output = string> = { ok: true; output: Output } | { ok: false; error: string };

/**
 * The whole per-page job — pipeline then format — run in a worker or in-process.
 * Rendering happens here, next to the article, so only a string crosses back to the
 * main thread instead of a structured clone of the whole Article.
 */
export function renderPage(task: PageTask): PageResult {
  try {
    const article = processSource(task.source, task.options);
    const output = formatArticle(article, task.format, { explain: task.explain });
    return { ok: true, output };
  } catch (error) {
    return { ok: false, error: describeFailure(task.source.input, error) };
  }
}

/** Exceptions from the pipeline are broken contracts; name the input if the message does not. */
export function describeFailure(input: string, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.includes(`"${input}"`) ? text : `Cannot extract "${input}": ${text}`;
}
