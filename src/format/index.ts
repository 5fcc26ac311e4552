/**
 * Output formats: every format renders from the one `Article`. `FORMATS` is the
 * registry (name → renderer, file extension, media type); `formatArticle()` is what
 * the CLI and the HTTP server call.
 *
 * @example
 *   formatArticle(article, 'markdown');
 *   formatArticle(article, 'json', { explain: true }); // record + "explain" key
 */
import type { Article } from '../model.ts';
import { formatExplain } from './explain.ts';
import { toHtml } from './html.ts';
import { toJsonLd, toJsonLdObject } from './json-ld.ts';
import { toMarkdown } from './markdown.ts';
import { toRecord } from './record.ts';
import { toTei } from './tei.ts';
import { toText } from './text.ts';
import { stripIllegalXml } from './xml.ts';

export type FormatName = 'text' | 'markdown' | 'json' | 'jsonl' | 'html' | 'jsonld' | 'tei';

export interface FormatOptions {
  /** Add the `--explain` report in a way that keeps the output valid in its format. */
  explain?: boolean;
  /** `text` only: put the title above the body. Default false. */
  title?: boolean;
}

export interface Format {
  name: FormatName;
  extension: string;
  mediaType: string;
  render(article: Article, options: FormatOptions): string;
}

/** Explain text inside an HTML/XML comment: `--` is not allowed there (XML 1.0 §2.5). */
function comment(text: string): string {
  return `<!--\n${stripIllegalXml(text).replace(/--/g, '- -')}-->\n`;
}

function withExplain(
  body: string,
  article: Article,
  options: FormatOptions,
  how: 'append' | 'comment',
): string {
  if (!options.explain) return body;
  const explain = formatExplain(article);
  return how === 'append' ? `${body}\n---\n\n${explain}` : `${body}${comment(explain)}`;
}

/** The registry of output formats, by name. */
export const FORMATS: Readonly<Record<FormatName, Format>> = {
  text: {
    name: 'text',
    extension: 'txt',
    mediaType: 'text/plain; charset=utf-8',
    render: (a, o) => withExplain(toText(a, { title: o.title }), a, o, 'append'),
  },
  markdown: {
    name: 'markdown',
    extension: 'md',
    mediaType: 'text/markdown; charset=utf-8',
    render: (a, o) => withExplain(toMarkdown(a), a, o, 'append'),
  },
  json: {
    name: 'json',
    extension: 'json',
    mediaType: 'application/json',
    render: (a, o) =>
      `${JSON.stringify(o.explain ? { ...toRecord(a), explain: formatExplain(a) } : toRecord(a), null, 2)}\n`,
  },
  jsonl: {
    name: 'jsonl',
    extension: 'jsonl',
    mediaType: 'application/jsonl',
    render: (a, o) => JSON.stringify(o.explain ? { ...toRecord(a), explain: formatExplain(a) } : toRecord(a)),
  },
  html: {
    name: 'html',
    extension: 'html',
    mediaType: 'text/html; charset=utf-8',
    render: (a, o) => withExplain(toHtml(a), a, o, 'comment'),
  },
  jsonld: {
    name: 'jsonld',
    extension: 'jsonld',
    mediaType: 'application/ld+json',
    render: (a, o) =>
      o.explain
        ? `${JSON.stringify({ ...toJsonLdObject(a), explain: formatExplain(a) }, null, 2).replace(/</g, '\\u003c')}\n`
        : toJsonLd(a),
  },
  tei: {
    name: 'tei',
    extension: 'xml',
    mediaType: 'application/tei+xml',
    render: (a, o) => withExplain(toTei(a), a, o, 'comment'),
  },
};

/** True when `name` is a known format (for validating CLI/HTTP input). */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

/** Renders one article in the named format. */
export function formatArticle(article: Article, format: FormatName, options: FormatOptions = {}): string {
  return FORMATS[format].render(article, options);
}

export { formatExplain } from './explain.ts';
export { toHtml, toHtmlFragment } from './html.ts';
export { escapeHtml, safeUrl } from './html-safe.ts';
export { toJsonLd, toJsonLdObject } from './json-ld.ts';
export { toMarkdown } from './markdown.ts';
export { type ArticleRecord, errorRecord, toJson, toJsonLine, toRecord } from './record.ts';
export { toTei } from './tei.ts';
export { toText } from './text.ts';
