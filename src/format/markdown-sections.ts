/**
 * The parts of the Markdown output around the body: the byline/metadata line, the
 * dateline lead-in, the quote footnotes, attributed claims and the "Related" list.
 */
import type { Article, Teaser } from '../model.ts';
import { safeUrl } from './html-safe.ts';
import { copyCredits, speakerParts, teaserPlace, trailerCredits } from './labels.ts';
import { escapeInline, linkDestination } from './markdown-escape.ts';
import { markedQuotes, quoteLabel } from './markdown-inline.ts';

/** `By A and B · Reuters · Example News · Published … · Updated … · World · Tags: x, y`. */
export function bylineLine(a: Article): string | undefined {
  const parts: string[] = [];
  if (a.authors.length > 0) parts.push(`By ${a.authors.join(', ')}`);
  const copy = copyCredits(a);
  if (copy.length > 0) parts.push(copy.join(', '));
  if (a.siteName) parts.push(a.siteName);
  if (a.published) parts.push(`Published ${a.published}`);
  if (a.modified && a.modified !== a.published) parts.push(`Updated ${a.modified}`);
  if (a.section) parts.push(a.section);
  if (a.tags.length > 0) parts.push(`Tags: ${a.tags.join(', ')}`);
  return parts.length > 0 ? escapeInline(parts.join(' · ')) : undefined;
}

/** Trailer credits (`Reporting by …; Editing by …`) as one italic line under the body. */
export function trailerLine(a: Article): string | undefined {
  const trailers = trailerCredits(a);
  return trailers.length > 0 ? `*${escapeInline(trailers.join('; '))}*` : undefined;
}

/** `[^q1]: “content” — **Speaker**, role, affiliation (cue; direct)`, one per quote (a list item when not marked in the body). */
export function quoteSection(a: Article): string | undefined {
  if (a.quotes.length === 0) return undefined;
  const marked = markedQuotes(a);
  const lines = a.quotes.map((q, i) => {
    const [name, ...rest] = speakerParts(q);
    const who = [`**${escapeInline(name ?? '')}**`, ...rest.map(escapeInline)].join(', ');
    const content = q.direct ? `“${escapeInline(q.content)}”` : escapeInline(q.content);
    // GFM drops a footnote definition nobody references, so unmarked quotes are list items.
    const lead = marked.has(i) ? `[^${quoteLabel(i)}]:` : '-';
    return `${lead} ${content} — ${who} (${escapeInline(q.cue)}; ${q.direct ? 'direct' : 'indirect'})`;
  });
  return `## Quotes\n\n${lines.join('\n')}`;
}

/** `- claim — *Sources* (cue; anonymous: qualifiers)`, one per attributed claim. */
export function attributionSection(a: Article): string | undefined {
  if (a.attributions.length === 0) return undefined;
  const lines = a.attributions.map((t) => {
    const sources = t.sources.length > 0 ? `*${escapeInline(t.sources.join(', '))}*` : '*unnamed*';
    const notes = [escapeInline(t.cue)];
    if (t.anonymous)
      notes.push(`anonymous${t.qualifiers.length ? `: ${escapeInline(t.qualifiers.join('; '))}` : ''}`);
    return `- ${escapeInline(t.claim)} — ${sources} (${notes.join('; ')})`;
  });
  return `## Attributed claims\n\n${lines.join('\n')}`;
}

function teaserLine(t: Teaser, base?: string): string {
  const label = t.title ?? t.caption;
  const href = t.url === undefined ? undefined : safeUrl(t.url, base);
  let line = label ? `**${escapeInline(label)}**` : '';
  if (label && href) line = `[${line}](${linkDestination(href)})`;
  if (t.title && t.caption) line += ` *${escapeInline(t.caption)}*`;
  const place = teaserPlace(t);
  const extra = [t.credit, place].filter((x) => x !== undefined);
  if (extra.length > 0) line = [line, `(${escapeInline(extra.join(' · '))})`].filter(Boolean).join(' ');
  // a truncated teaser with no lead was cut inside its caption: the mark goes there
  const mark = t.truncated ? '… (truncated)' : '';
  const lead = t.lead ? `${escapeInline(t.lead)}${mark}` : '';
  const body = [line, lead].filter(Boolean).join(' — ') + (t.lead ? '' : mark);
  return `- ${body}${!label && href ? ` [link](${linkDestination(href)})` : ''}`;
}

/** `## Related`: one item per teaser with title/caption, credit, dateline, lead and link. */
export function relatedSection(a: Article): string | undefined {
  if (a.teasers.length === 0) return undefined;
  const base = a.url ?? a.canonicalUrl;
  return `## Related\n\n${a.teasers.map((t) => teaserLine(t, base)).join('\n')}`;
}
