/**
 * The article page: headline, byline with the copy credit, dateline, the body with quotes,
 * claims and entities marked (annotate.ts), figures with captions and credits, then the
 * quotes with their speakers, the attributed claims, the entities, and related teasers
 * listed apart from the story.
 */
import { safeUrl } from '../../format/html-safe.ts';
import {
  copyCredits,
  datelineLabel,
  speakerParts,
  teaserPlace,
  trailerCredits,
} from '../../format/labels.ts';
import type { Article, Block, FigureBlock, Quote } from '../../model.ts';
import type { StoredArticle } from '../../store/index.ts';
import { annotatedText, articleAnnotations } from './annotate.ts';
import { type Html, html, outLink, readerPath, shortDate } from './html.ts';

type Located = ReturnType<typeof articleAnnotations>;

function figureHtml(
  f: Pick<FigureBlock, 'src' | 'alt' | 'caption' | 'credit'>,
  base: string | undefined,
): Html {
  const src = f.src === undefined ? undefined : safeUrl(f.src, base, 'media');
  const img = src
    ? html`<img src="${src}" alt="${f.alt ?? ''}" loading="lazy" referrerpolicy="no-referrer">`
    : '';
  const credit = f.credit ? html` <small class="credit">Photo: ${f.credit}</small>` : '';
  const caption = f.caption || f.credit ? html`<figcaption>${f.caption ?? ''}${credit}</figcaption>` : '';
  return html`<figure>${img}${caption}</figure>`;
}

function blockHtml(block: Block, a: Article, located: Located, dateline: Html | undefined): Html {
  const base = a.url ?? a.canonicalUrl;
  switch (block.type) {
    case 'heading':
      return html`<h3>${annotatedText(block, block.text, a, located)}</h3>`;
    case 'paragraph':
      return html`<p>${dateline ?? ''}${annotatedText(block, block.text, a, located)}</p>`;
    case 'list': {
      const items = block.items.map((item) => html`<li>${item}</li>`);
      return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'table':
      return html`<table>${block.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</table>`;
    case 'quote':
      return html`<blockquote>${annotatedText(block, block.text, a, located)}${block.cite ? html`<footer>${block.cite}</footer>` : ''}</blockquote>`;
    case 'code':
      return html`<pre><code>${block.text}</code></pre>`;
    case 'embed':
      return html`<blockquote class="embed">${block.text}<footer>${outLink(block.url, block.provider ?? 'Embedded post')}</footer></blockquote>`;
    case 'figure':
      return figureHtml(block, base);
  }
}

function articleHead(a: StoredArticle): Html {
  const by = [...(a.authors.length > 0 ? [`By ${a.authors.join(', ')}`] : []), ...copyCredits(a)];
  const facts = [a.siteName ?? a.site, shortDate(a.published)].filter((x): x is string => x !== undefined);
  const meta: (string | Html)[] = [...facts];
  if (a.dateline) meta.push(html`<span class="dateline-tag">Dateline: ${datelineLabel(a.dateline)}</span>`);
  return html`<header class="article-head">
<h1>${a.title ?? '(untitled)'}</h1>
${by.length > 0 ? html`<p class="byline">${by.join(' · ')}</p>` : ''}
<p class="meta">${meta.map((part, i) => (i === 0 ? part : html` · ${part}`))}</p>
<p class="tools">${outLink(a.url ?? a.canonicalUrl, 'Original page')} · <a href="${readerPath('read', a.id)}/removed">Raw vs clean</a>${
    a.storyId === undefined ? '' : html` · <a href="${readerPath('story', a.storyId)}">Story cluster</a>`
  }</p>
</header>`;
}

function speakerHtml(q: Quote, a: Article): Html {
  const entity = q.speaker.entity === undefined ? undefined : a.entities[q.speaker.entity];
  const [name, ...rest] = speakerParts(q);
  const who = entity
    ? html`<a class="speaker" href="${readerPath('entity', entity.name)}">${name}</a>`
    : html`<span class="speaker">${name}</span>`;
  return html`${who}${rest.length > 0 ? html`, ${rest.join(', ')}` : ''}`;
}

function quotesSection(a: Article): Html | string {
  if (a.quotes.length === 0) return '';
  const items = a.quotes.map(
    (q) =>
      html`<li><mark class="quote ${q.direct ? 'direct' : 'indirect'}">${q.content}</mark> <span class="said">— ${speakerHtml(q, a)} <small>(${q.cue}; ${q.direct ? 'direct' : 'indirect'})</small></span></li>`,
  );
  return html`<section class="quotes"><h2>Quotes</h2><ul>${items}</ul></section>`;
}

function claimsSection(a: Article): Html | string {
  if (a.attributions.length === 0) return '';
  const items = a.attributions.map((t) => {
    const who = t.sources.join(', ') || 'unnamed source';
    const notes = [t.cue, ...(t.anonymous ? ['anonymous', ...t.qualifiers] : [])].join('; ');
    return html`<li><span class="claim${t.anonymous ? ' anonymous' : ''}">${t.claim}</span> — <cite>${who}</cite> <small>(${notes})</small></li>`;
  });
  return html`<section class="claims"><h2>Attributed claims</h2><ul>${items}</ul></section>`;
}

function entitiesSection(a: Article): Html | string {
  if (a.entities.length === 0) return '';
  const items = a.entities.map(
    (e) =>
      html`<li><a class="entity ${e.type.toLowerCase()}" href="${readerPath('entity', e.name)}">${e.name}</a> <small>${e.type} · ${e.mentions.length}×</small></li>`,
  );
  return html`<section class="entities"><h2>People, places, organisations</h2><ul class="chips">${items}</ul></section>`;
}

function relatedSection(a: Article): Html | string {
  if (a.teasers.length === 0) return '';
  const base = a.url ?? a.canonicalUrl;
  const items = a.teasers.map((t) => {
    const href = t.url === undefined ? undefined : safeUrl(t.url, base);
    const label = t.title ?? t.caption ?? t.lead;
    // the lead under its label (a caption-only teaser's lead was lost here before); the ellipsis
    // goes where the site cut the teaser off: its lead, or its label when there is no lead
    const lead = t.lead && t.lead !== label ? t.lead : '';
    const cut = t.truncated ? '…' : '';
    const extra = [t.credit, teaserPlace(t)].filter((x) => x !== undefined).join(' · ');
    return html`<li>${href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${label}</a>` : label}${lead ? '' : cut}${extra ? html` <small>${extra}</small>` : ''}${lead ? html`<p>${lead}${cut}</p>` : ''}</li>`;
  });
  return html`<aside class="related"><h2>Related elsewhere <small>(teasers, not part of this story)</small></h2><ul>${items}</ul></aside>`;
}

export function articleView(a: StoredArticle): Html {
  const located = articleAnnotations(a);
  let dateline: Html | undefined = a.dateline
    ? html`<span class="dateline">${datelineLabel(a.dateline)}</span> — `
    : undefined;
  const body = a.blocks.map((block) => {
    const out = blockHtml(block, a, located, block.type === 'paragraph' ? dateline : undefined);
    if (block.type === 'paragraph') dateline = undefined;
    return out;
  });
  const trailers = trailerCredits(a);
  return html`<article class="reader">
${articleHead(a)}
<div class="body">${body}</div>
${trailers.length > 0 ? html`<footer class="credits">${trailers.join('; ')}</footer>` : ''}
${quotesSection(a)}
${claimsSection(a)}
${entitiesSection(a)}
</article>
${relatedSection(a)}`;
}
