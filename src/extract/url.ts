/** Schemes a link in the output may have; anything else (javascript:, data:) is dropped. */
const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** Resolves hrefs against the page URL, dropping unsafe or unparsable ones. */
export function makeResolver(base: string | undefined): (href: string) => string | undefined {
  return (href) => {
    const trimmed = href.trim();
    if (trimmed.length === 0 || trimmed.startsWith('#')) return undefined;
    try {
      const url = base ? new URL(trimmed, base) : new URL(trimmed);
      return SAFE_SCHEMES.has(url.protocol) ? url.href : undefined;
    } catch {
      // Relative link with no base URL: keep it as written unless it names a scheme.
      return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? undefined : trimmed;
    }
  };
}
