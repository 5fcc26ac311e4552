/**
 * HTML safety helpers. The HTML renderer never passes page markup through: it builds
 * every element from the block model, so the only attack surface is text and URLs.
 * Text is escaped (OWASP XSS cheat sheet rule #1: escape & < > " ' in content and
 * attributes), URLs are resolved and kept only for the schemes in SAFE_SCHEMES, and
 * elements/attributes outside HTML_ALLOWED are a broken contract (a renderer bug).
 */
import { DatelineError } from '../errors.ts';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/** Schemes a link may use; everything else (javascript:, data:, vbscript:, file:) is dropped. */
export const SAFE_SCHEMES: Readonly<Record<'link' | 'media', readonly string[]>> = {
  /** mailto: is how pages link a reporter's address. */
  link: ['http:', 'https:', 'mailto:'],
  /** Images load without a click, so only web URLs. */
  media: ['http:', 'https:'],
};

/**
 * The absolute URL when `url` (resolved against `base`) uses a safe scheme, else undefined.
 * The WHATWG URL parser strips tabs/newlines and leading C0 controls exactly as browsers
 * do, so `java\tscript:` and ` javascript:` are recognised as javascript: and refused.
 */
export function safeUrl(url: string, base?: string, kind: 'link' | 'media' = 'link'): string | undefined {
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(url) : new URL(url, base);
  } catch {
    return undefined;
  }
  return SAFE_SCHEMES[kind].includes(parsed.protocol) ? parsed.href : undefined;
}

/** The whitelist: element → attributes it may carry. Nothing else is ever emitted. */
export const HTML_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  html: ['lang'],
  head: [],
  meta: ['charset'],
  title: [],
  body: [],
  article: ['lang'],
  header: [],
  footer: [],
  section: ['class'],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  p: ['class'],
  span: ['class'],
  a: ['href'],
  strong: [],
  em: [],
  code: ['class'],
  pre: [],
  ul: [],
  ol: [],
  li: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: [],
  td: [],
  blockquote: ['cite'],
  cite: [],
  mark: ['class', 'data-speaker', 'data-cue'],
  figure: [],
  figcaption: [],
  img: ['src', 'alt'],
  time: ['datetime'],
  small: ['class'],
  sup: [],
  aside: ['class'],
};

/** Attributes holding URLs, checked again at emit time even though callers pass safeUrl() results. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

export type Attributes = Record<string, string | undefined>;

/** Opening tag with escaped attributes; unknown tags/attributes throw (renderer bug, not content). */
export function openTag(tag: string, attributes: Attributes = {}): string {
  const allowed = HTML_ALLOWED[tag];
  if (!allowed)
    throw new DatelineError(`Cannot render HTML: element <${tag}> is not whitelisted`, 'html-tag');
  let out = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (!allowed.includes(name)) {
      throw new DatelineError(
        `Cannot render HTML: attribute ${name} on <${tag}> is not whitelisted`,
        'html-attr',
      );
    }
    if (
      URL_ATTRIBUTES.has(name) &&
      safeUrl(value, undefined, name === 'src' ? 'media' : 'link') === undefined
    )
      continue;
    out += ` ${name}="${escapeHtml(value)}"`;
  }
  return `${out}>`;
}

/** A whole element around already-rendered (escaped) inner HTML. */
export function element(tag: string, attributes: Attributes, inner: string): string {
  return `${openTag(tag, attributes)}${inner}</${tag}>`;
}
