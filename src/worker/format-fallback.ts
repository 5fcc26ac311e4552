/**
 * TEMPORARY stand-in for src/format (being written in parallel): the same names
 * (`formatArticle`, `toRecord`, `toJsonLine`, `errorRecord`, `formatExplain`) with the
 * minimum the CLI contract needs. Delete once src/format/index.ts exports them.
 */
import type { Article } from '../model.ts';

export const OUTPUT_FORMATS = ['text', 'markdown', 'html', 'json', 'jsonl', 'jsonld', 'tei'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The batch record: the CLI contract fields first, then the rest of the article. */
export function toRecord(article: Article): Record<string, unknown> {
  return {
    ...article,
    url: article.url ?? null,
    title: article.title ?? null,
    published: article.published ?? null,
    error: null,
  };
}

export function errorRecord(input: string, error: string): Record<string, unknown> {
  return { input, url: null, title: null, authors: [], published: null, text: '', error };
}

export function toJsonLine(record: Record<string, unknown>): string {
  return JSON.stringify(record);
}

export function formatArticle(article: Article, format: OutputFormat): string {
  if (format === 'jsonl') return toJsonLine(toRecord(article));
  if (format === 'json') return JSON.stringify(toRecord(article), null, 2);
  return article.title ? `${article.title}\n\n${article.text}` : article.text;
}

export function formatExplain(article: Article): string {
  const lines = article.messages.map((m) => `${m.stage} ${m.rule}: ${m.reason}`);
  return [`${article.input}: strategy ${article.strategy}`, ...lines].join('\n');
}
