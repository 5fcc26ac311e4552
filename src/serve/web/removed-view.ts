/**
 * "Raw vs clean": what extraction kept and what it removed from the page, each removal
 * with its rule and reason (Article.removed), plus every decision message (the `--explain`
 * data) — so a reader can see why a paragraph is missing.
 */
import type { Message } from '../../model.ts';
import type { StoredArticle } from '../../store/index.ts';
import { type Html, html, readerPath } from './html.ts';

function messageRow(m: Message): Html {
  return html`<tr class="${m.severity}"><td>${m.stage}</td><td><code>${m.rule}</code></td><td>${m.reason}${m.excerpt ? html` <q>${m.excerpt}</q>` : ''}</td></tr>`;
}

export function removedView(a: StoredArticle): Html {
  const removedChars = a.removed.reduce((sum, r) => sum + r.chars, 0);
  const removed = a.removed.map(
    (r) =>
      html`<li class="removed"><code>${r.rule}</code> <small>${r.node} · ${r.chars} chars</small><br>${r.reason}<blockquote class="raw">${r.excerpt}</blockquote></li>`,
  );
  return html`<h1>Raw vs clean: ${a.title ?? '(untitled)'}</h1>
<p><a href="${readerPath('read', a.id)}">← back to the article</a></p>
<div class="compare">
<section class="clean"><h2>Kept <small>(${a.text.length} chars, ${a.blocks.length} blocks, strategy ${a.strategy})</small></h2>
<div class="text">${a.text.split('\n').map((line) => html`<p>${line}</p>`)}</div></section>
<section class="dropped"><h2>Removed <small>(${a.removed.length} parts, ${removedChars} chars)</small></h2>
${a.removed.length === 0 ? html`<p class="empty">Nothing was removed.</p>` : html`<ol>${removed}</ol>`}</section>
</div>
<section class="messages"><h2>Decisions <small>(${a.messages.length})</small></h2>
<table><thead><tr><th>stage</th><th>rule</th><th>reason</th></tr></thead><tbody>${a.messages.map(messageRow)}</tbody></table></section>`;
}
