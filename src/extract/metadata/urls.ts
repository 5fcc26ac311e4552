/** URL helpers: resolving against the page URL and comparing loosely. */

/** `href` resolved against `base`; undefined for unparsable or non-http(s) results. */
export function resolveUrl(href: string, base: string | undefined): string | undefined {
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Same page up to scheme, `www.`, trailing slash, query and fragment. */
export function sameUrl(a: string, b: string): boolean {
  return loose(a) === loose(b);
}

function loose(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\/(?:www\.)?/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

/** True for strings that are URLs or social handles, which are never author names. */
export function isUrlLike(text: string): boolean {
  return /^(?:https?:|www\.|\/\/)|\.(?:com|org|net|co|io)\b|^@\w|@\w+\.\w/i.test(text);
}

/** Host of a URL, or undefined. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
