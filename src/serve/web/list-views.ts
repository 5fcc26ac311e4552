/** Search results, story clusters and entity pages: the reader's list views. */
import type {
  EntityReport,
  QuoteInArticle,
  SearchResult,
  Story,
  StoryMember,
  StorySummary,
} from '../../store/index.ts';
import { type Html, html, readerPath, shortDate } from './html.ts';

/** The store marks hits in snippets with `[` `]`; they become <b> here, everything else escaped. */
function snippetHtml(snippet: string): Html {
  const parts = snippet.split(/(\[[^\]]*\])/);
  return html`${parts.map((part) => (/^\[.*\]$/.test(part) ? html`<b>${part.slice(1, -1)}</b>` : part))}`;
}

export function searchResults(result: SearchResult, q: string | undefined): Html {
  if (result.hits.length === 0) {
    return html`<p class="empty">${q ? `Nothing found for “${q}”.` : 'The store is empty.'}</p>`;
  }
  const items = result.hits.map(
    (h) => html`<li class="hit">
<a class="hit-title" href="${readerPath('read', h.id)}">${h.title ?? '(untitled)'}</a>
<small>${[h.site, shortDate(h.published)].filter(Boolean).join(' · ')}</small>
<p>${snippetHtml(h.snippet)}</p></li>`,
  );
  const label = q
    ? `${result.total} ${result.total === 1 ? 'article' : 'articles'} for “${q}”`
    : `Latest of ${result.total} articles`;
  return html`<p class="count">${label}</p><ol class="hits">${items}</ol>`;
}

export function searchPage(result: SearchResult, q: string | undefined): Html {
  return html`<section id="results" aria-live="polite">${searchResults(result, q)}</section>`;
}

function memberItem(m: StoryMember): Html {
  const copy =
    m.duplicateOf !== undefined && m.duplicateOf !== m.id
      ? html` <small class="copy">wire copy of <a href="${readerPath('read', m.duplicateOf)}">#${m.duplicateOf}</a></small>`
      : '';
  return html`<li><a href="${readerPath('read', m.id)}">${m.title ?? '(untitled)'}</a> <span class="outlet">${m.site ?? 'local file'}</span> <small>${shortDate(m.published) ?? ''}</small>${copy}</li>`;
}

export function storyList(total: number, stories: readonly StorySummary[]): Html {
  const items = stories.map(
    (s) =>
      html`<li><a href="${readerPath('story', s.id)}">${s.label ?? `Story ${s.id}`}</a> <small>${s.size} ${s.size === 1 ? 'article' : 'articles'} · ${s.sites} ${s.sites === 1 ? 'outlet' : 'outlets'}</small></li>`,
  );
  return html`<h1>Stories</h1><p class="count">${total} story clusters</p><ol class="stories">${items}</ol>`;
}

export function storyView(story: Story): Html {
  const outlets = [...new Set(story.members.map((m) => m.site ?? 'local file'))];
  return html`<h1>${story.label ?? `Story ${story.id}`}</h1>
<p class="meta">${story.size} articles from ${story.sites} ${story.sites === 1 ? 'outlet' : 'outlets'}${story.firstPublished ? ` · ${shortDate(story.firstPublished)} – ${shortDate(story.lastPublished)}` : ''}</p>
<p class="outlets">${outlets.map((o) => html`<span class="outlet">${o}</span> `)}</p>
<ol class="members">${story.members.map(memberItem)}</ol>`;
}

function quoteItem(q: QuoteInArticle): Html {
  const who = q.quote.speaker.name ?? q.quote.speaker.text;
  return html`<li><mark class="quote ${q.quote.direct ? 'direct' : 'indirect'}">${q.quote.content}</mark> — <span class="speaker">${who}</span>, <a href="${readerPath('read', q.articleId)}">${q.title ?? `article ${q.articleId}`}</a></li>`;
}

export function entityView(report: EntityReport): Html {
  const section = (title: string, quotes: readonly QuoteInArticle[]) =>
    html`<section class="quotes"><h2>${title} <small>(${quotes.length})</small></h2>${quotes.length === 0 ? html`<p class="empty">None.</p>` : html`<ul>${quotes.map(quoteItem)}</ul>`}</section>`;
  return html`<h1>${report.name} <small class="type">${report.type}</small></h1>
${section(`Quotes by ${report.name}`, report.quotesBy)}
${section(`Quotes about ${report.name}`, report.quotesMentioning)}
<section><h2>Articles <small>(${report.articles.length})</small></h2><ol class="members">${report.articles.map(memberItem)}</ol></section>`;
}
