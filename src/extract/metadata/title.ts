/**
 * Headline cleaning: `<title>` and og:title often carry the site ("Headline | Site",
 * "Site - Headline", "Headline - Section - Site"). A segment is cut when it names the
 * site (site name, or the host's name) or when what remains equals another title source
 * (the `<h1>` or JSON-LD headline), the two checks the brief asks for.
 */

/** Separators CMSs put between headline and site name, spaced so that hyphenated words survive. */
const TITLE_SEPARATOR = /\s+(?:[|–—•·»~:\\/-]|::|\|\|)\s+/g;

/** Letters and digits only, lower-cased: compares titles across quote styles and punctuation. */
export function looseKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface TitleHints {
  /** Site names from og:site_name, JSON-LD publisher/WebSite, application-name. */
  siteNames: readonly string[];
  /** Page host, e.g. `www.move.org`. */
  host?: string;
  /** Other headline sources (h1, JSON-LD headline) whose equality proves a cut right. */
  others: readonly string[];
}

/**
 * A "Blog:" label before the headline ("Blog: Best Agencies …", "Garnix Blog: Hardware-Attested
 * Nix Builds"; WCXB 3036, 0453): the section's name, not part of the headline.
 */
const BLOG_LABEL = /^(?:[\p{L}\p{N}.&'’-]+\s+){0,2}blog\s*:\s+(?=\S+\s+\S+\s+\S)/iu;

export function cleanTitle(title: string, hints: TitleHints): string {
  return cutSegments(stripBlogLabel(title), hints);
}

/** The title without a leading "Blog:" label. */
export function stripBlogLabel(title: string): string {
  return title.replace(BLOG_LABEL, '');
}

function cutSegments(title: string, hints: TitleHints): string {
  const others = new Set(hints.others.map(looseKey).filter((k) => k.length > 0));
  if (others.has(looseKey(title))) return title;
  const parts = splitSegments(title);
  if (parts.length < 2) return title;
  // A prefix of segments that equals another source is the headline.
  for (let k = parts.length - 1; k >= 1; k -= 1) {
    const prefix = joinSegments(title, parts, 0, k);
    if (others.has(looseKey(prefix))) return prefix;
  }
  let start = 0;
  let end = parts.length;
  while (
    end - start > 1 &&
    (isSiteSegment(parts[end - 1]!.text, hints) || isSectionLabel(title, parts, end - 1))
  )
    end -= 1;
  while (end - start > 1 && isSiteSegment(parts[start]!.text, hints)) start += 1;
  return joinSegments(title, parts, start, end);
}

/** Section labels news sites append to a headline after a bar ("… | Opinion": Gannett's papers, WCXB 0120). */
const SECTION_LABEL = /^(?:opinion|analysis|editorial|commentary|op-ed|column|explainer|perspective)$/i;

/** The segment at `index` is a section label set off by " | " (never by a dash or colon, which join words). */
function isSectionLabel(title: string, parts: readonly Segment[], index: number): boolean {
  const segment = parts[index]!;
  if (index === 0 || !SECTION_LABEL.test(segment.text.trim())) return false;
  return title.slice(parts[index - 1]!.to, segment.from).includes('|');
}

interface Segment {
  text: string;
  from: number;
  to: number;
}

function splitSegments(title: string): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  for (const match of title.matchAll(TITLE_SEPARATOR)) {
    out.push({ text: title.slice(from, match.index), from, to: match.index });
    from = match.index + match[0].length;
  }
  out.push({ text: title.slice(from), from, to: title.length });
  return out;
}

function joinSegments(title: string, parts: readonly Segment[], start: number, end: number): string {
  return title.slice(parts[start]!.from, parts[end - 1]!.to).trim();
}

/** Whether a title segment names the site: equals a site name, or is the host's name. */
export function isSiteSegment(segment: string, hints: Pick<TitleHints, 'siteNames' | 'host'>): boolean {
  const key = looseKey(segment);
  if (key.length === 0) return true;
  if (hints.siteNames.some((name) => looseKey(name) === key)) return true;
  // A long segment that merely mentions the brand is a headline ("The Resy Guide to …", WCXB 4340).
  const words = segment.trim().split(/\s+/).length;
  if (words > MAX_SITE_WORDS) return false;
  // The site's name shortened or lengthened by a word: "Thrive Internet Marketing" for
  // "Thrive Internet Marketing Agency" (WCXB 4271). Two words at least, so a one-word
  // headline never matches the start of a name.
  if (words >= 2 && hints.siteNames.some((name) => startsEither(looseKey(name), key))) return true;
  if (!hints.host) return false;
  return [hostKey(hints.host), brandKey(hints.host)].some(
    // "Move.org" → "move", "The Motley Fool" ⊃ "fool": host and segment contain each other.
    (host) =>
      host.length >= 3 &&
      (host === key || (host.length >= 4 && key.length >= 4 && (host.includes(key) || key.includes(host)))),
  );
}

/** One key starts with the other, both long enough to be a name rather than a word. */
function startsEither(a: string, b: string): boolean {
  return a.length >= 8 && b.length >= 8 && (a.startsWith(b) || b.startsWith(a));
}

/** Longest segment, in words, that can be the site's name ("UC Davis Children's Hospital"). */
const MAX_SITE_WORDS = 4;

/** The host without `www.` and its top-level domain, letters and digits only. */
function hostKey(host: string): string {
  return looseKey(host.replace(/^www\./, '').replace(/\.[a-z]+$/, ''));
}

/** Second-level labels under country domains ("co.uk", "com.au"): never the brand. */
const SECOND_LEVEL_LABELS: ReadonlySet<string> = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu']);

/**
 * The registrable label of the host, the brand: "promotions.newegg.com" → "newegg",
 * "tires.bridgestone.com" → "bridgestone", "www.bbc.co.uk" → "bbc" (WCXB 4420, 4182).
 */
function brandKey(host: string): string {
  const labels = host.toLowerCase().split('.').slice(0, -1);
  if (labels.length > 1 && SECOND_LEVEL_LABELS.has(labels[labels.length - 1]!)) labels.pop();
  return looseKey(labels[labels.length - 1] ?? '');
}
