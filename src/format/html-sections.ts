/** The HTML around the body: the header (title, byline, dates) and the footer sections. */
import type { Article } from '../model.ts';
import { element, escapeHtml, safeUrl } from './html-safe.ts';
import { copyCredits, speakerParts, teaserPlace, trailerCredits } from './labels.ts';

interface FooterContext {
  base?: string;
}

function time(iso: string, label: string): string {
  return `${label} ${element('time', { datetime: iso }, escapeHtml(iso))}`;
}

/** `<header>` with the title, the byline (authors + copy credits) and the publication line. */
export function articleHeader(a: Article): string {
  const parts: string[] = [];
  if (a.title) parts.push(element('h1', {}, escapeHtml(a.title)));
  const by = [...(a.authors.length > 0 ? [`By ${a.authors.join(', ')}`] : []), ...copyCredits(a)];
  if (by.length > 0) parts.push(element('p', { class: 'byline' }, escapeHtml(by.join(' · '))));
  const meta: string[] = [];
  if (a.siteName) meta.push(escapeHtml(a.siteName));
  if (a.published) meta.push(time(a.published, 'Published'));
  if (a.modified && a.modified !== a.published) meta.push(time(a.modified, 'Updated'));
  if (a.section) meta.push(escapeHtml(a.section));
  if (meta.length > 0) parts.push(element('p', { class: 'meta' }, meta.join(' · ')));
  return parts.length > 0 ? element('header', {}, parts.join('')) : '';
}

function quotes(a: Article): string {
  if (a.quotes.length === 0) return '';
  const items = a.quotes.map((q) => {
    const who = element('cite', {}, escapeHtml(speakerParts(q).join(', ')));
    const kind = q.direct ? 'direct' : 'indirect';
    return element(
      'li',
      {},
      `${element('mark', { class: `quote ${kind}` }, escapeHtml(q.content))} — ${who} (${escapeHtml(q.cue)}; ${kind})`,
    );
  });
  return element(
    'section',
    { class: 'quotes' },
    element('h2', {}, 'Quotes') + element('ul', {}, items.join('')),
  );
}

function attributions(a: Article): string {
  if (a.attributions.length === 0) return '';
  const items = a.attributions.map((t) => {
    const notes = [
      t.cue,
      ...(t.anonymous ? [`anonymous${t.qualifiers.length ? `: ${t.qualifiers.join('; ')}` : ''}`] : []),
    ];
    const who = element('cite', {}, escapeHtml(t.sources.join(', ') || 'unnamed'));
    return element('li', {}, `${escapeHtml(t.claim)} — ${who} (${escapeHtml(notes.join('; '))})`);
  });
  const head = element('h2', {}, 'Attributed claims');
  return element('section', { class: 'attributions' }, head + element('ul', {}, items.join('')));
}

function related(a: Article, ctx: FooterContext): string {
  if (a.teasers.length === 0) return '';
  const items = a.teasers.map((t) => {
    const label = escapeHtml(t.title ?? t.caption ?? '');
    const href = t.url === undefined ? undefined : safeUrl(t.url, ctx.base);
    const parts = [label ? element('strong', {}, href ? element('a', { href }, label) : label) : ''];
    const extra = [t.title ? t.caption : undefined, t.credit, teaserPlace(t)].filter((x) => x !== undefined);
    if (extra.length > 0)
      parts.push(element('small', { class: 'teaser-meta' }, escapeHtml(extra.join(' · '))));
    // a truncated teaser with no lead was cut inside its caption: the mark goes there
    const mark = t.truncated ? '… (truncated)' : '';
    if (t.lead) parts.push(escapeHtml(t.lead) + mark);
    if (!label && href) parts.push(element('a', { href }, 'link'));
    return element('li', {}, parts.filter(Boolean).join(' — ') + (t.lead ? '' : mark));
  });
  return element(
    'section',
    { class: 'related' },
    element('h2', {}, 'Related') + element('ul', {}, items.join('')),
  );
}

/** Footer (trailer credits) and the quotes, attributed claims and related sections. */
export function articleFooter(a: Article, ctx: FooterContext): string[] {
  const trailers = trailerCredits(a);
  const footer =
    trailers.length > 0
      ? element('footer', {}, element('p', { class: 'credits' }, escapeHtml(trailers.join('; '))))
      : '';
  return [footer, quotes(a), attributions(a), related(a, ctx)];
}
