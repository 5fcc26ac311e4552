/**
 * HTML for the reader: hono's `html` tagged template escapes every interpolated string
 * (& < > " '), so text from pages can only ever become text. The two ways to emit
 * markup unescaped are `raw()` of the sanitized formatter output (src/format/html.ts,
 * whitelist-built) and nested `html` templates; nothing else is passed through.
 */
import { html } from 'hono/html';
import { safeUrl } from '../../format/html-safe.ts';

export { html, raw } from 'hono/html';
export type Html = ReturnType<typeof html>;

/** Path of a reader page; segments are percent-encoded so names cannot change the route. */
export function readerPath(kind: 'read' | 'story' | 'entity', id: string | number): string {
  return `/${kind}/${encodeURIComponent(String(id))}`;
}

/** A link to a page on the web, or the plain label when the URL is unsafe (javascript:, data: …) or absent. */
export function outLink(url: string | undefined, label: string): Html {
  const href = url === undefined ? undefined : safeUrl(url);
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${label}</a>` : html`${label}`;
}

/** `2026-11-28T09:30:00Z` → `2026-11-28`; unparseable values are shown as written. */
export function shortDate(iso: string | undefined): string | undefined {
  if (iso === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? iso;
}
