/** Plain-text output: the article body exactly as `article.text`, optionally under its title. */
import type { Article } from '../model.ts';

export interface TextOptions {
  /** Put the title (and a blank line) above the body. Default false. */
  title?: boolean;
}

/** The plain body text; with `{title: true}` the title heads it. Always ends with one `\n` when non-empty. */
export function toText(a: Article, options: TextOptions = {}): string {
  const parts: string[] = [];
  if (options.title && a.title !== undefined) parts.push(a.title, '');
  if (a.text.length > 0) parts.push(a.text);
  return parts.length === 0 ? '' : `${parts.join('\n')}\n`;
}
