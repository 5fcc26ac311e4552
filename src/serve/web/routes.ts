/**
 * The reader's routes, server-rendered (no front-end build): `/` search (htmx swaps
 * `/search` fragments as you type), `/read/:id`, `/read/:id/removed`, `/story`,
 * `/story/:id`, `/entity/:name`, and the two static files it needs. htmx is served from
 * node_modules (never a CDN), read once when the app is built.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { StoredArticle } from '../../store/index.ts';
import type { AppDeps } from '../http/deps.ts';
import { articleView } from './article-view.ts';
import { type Html, html } from './html.ts';
import { page } from './layout.ts';
import { entityView, searchPage, searchResults, storyList, storyView } from './list-views.ts';
import { removedView } from './removed-view.ts';
import { READER_CSS } from './style.ts';

/** Hits per search page in the reader. */
const READER_PAGE_SIZE = 20;
/** Longest query the reader passes on (the API schema's limit). */
const MAX_QUERY = 500;

function htmxSource(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('htmx.org/dist/htmx.min.js'), 'utf8');
}

function notFound(c: Context, what: string) {
  return c.html(page({ title: 'Not found' }, html`<h1>Not found</h1><p>${what}</p>`), 404);
}

function positiveId(text: string): number | undefined {
  return /^[1-9]\d{0,15}$/.test(text) ? Number(text) : undefined;
}

/** htmx (from node_modules, read once per app), the stylesheet, and an empty favicon. */
function registerStatic(app: OpenAPIHono): void {
  const htmx = htmxSource();
  const cacheable = { 'cache-control': 'public, max-age=3600' };
  app.get('/static/htmx.js', (c) =>
    c.body(htmx, 200, { ...cacheable, 'content-type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/static/reader.css', (c) =>
    c.body(READER_CSS, 200, { ...cacheable, 'content-type': 'text/css; charset=utf-8' }),
  );
  // Browsers ask for it on every site; an empty answer keeps their consoles and our logs quiet.
  app.get('/favicon.ico', (c) => c.body(null, 204, cacheable));
}

export function registerReader(app: OpenAPIHono, deps: AppDeps): void {
  const { store } = deps;
  registerStatic(app);
  const query = (c: Context) => c.req.query('q')?.slice(0, MAX_QUERY).trim() || undefined;

  app.get('/', async (c) => {
    const q = query(c);
    const result = await store.search({ q, limit: READER_PAGE_SIZE });
    return c.html(page({ title: q ?? 'Search', q }, searchPage(result, q)));
  });
  app.get('/search', async (c) => {
    const q = query(c);
    return c.html(searchResults(await store.search({ q, limit: READER_PAGE_SIZE }), q));
  });
  const withArticle = (view: (a: StoredArticle) => Html, label: string) => async (c: Context) => {
    const id = positiveId(c.req.param('id') ?? '');
    const article = id === undefined ? undefined : await store.getArticle(id);
    if (!article) return notFound(c, 'No such article.');
    return c.html(page({ title: `${label}${article.title ?? 'Article'}` }, view(article)));
  };
  app.get('/read/:id', withArticle(articleView, ''));
  app.get('/read/:id/removed', withArticle(removedView, 'Raw vs clean: '));
  app.get('/story', async (c) => {
    const { total, stories } = await store.listStories({ limit: 100 });
    return c.html(page({ title: 'Stories' }, storyList(total, stories)));
  });
  app.get('/story/:id', async (c) => {
    const id = positiveId(c.req.param('id'));
    const story = id === undefined ? undefined : await store.getStory(id);
    if (!story) return notFound(c, 'No such story.');
    return c.html(page({ title: story.label ?? 'Story' }, storyView(story)));
  });
  app.get('/entity/:name', async (c) => {
    const report = await store.entity(c.req.param('name').slice(0, 200));
    if (!report) return notFound(c, 'No entity of that name in the store.');
    return c.html(page({ title: report.name }, entityView(report)));
  });
}
