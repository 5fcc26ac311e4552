/** The reader's HTML in-process (no browser): routes, escaping of hostile pages, 404s, static files. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildStore } from '../../src/serve/demo/build.ts';
import { createApp } from '../../src/serve/http/app.ts';
import { serveConfig } from '../../src/serve/http/config.ts';
import type { Store } from '../../src/store/index.ts';
import { demoStore } from '../http/helpers.ts';

let store: Store;
let app: ReturnType<typeof createApp>;

async function page(path: string): Promise<{ status: number; html: string; headers: Headers }> {
  const res = await app.request(path);
  return { status: res.status, html: await res.text(), headers: res.headers };
}

async function idOf(q: string, site?: string): Promise<number> {
  const id = (await store.search({ q, site })).hits[0]?.id;
  assert.ok(id, `no article for ${q}`);
  return id;
}

before(async () => {
  store = await demoStore();
  await buildStore(store, ['test/web/fixtures/hostile.html']);
  app = createApp({ store, config: serveConfig() });
});
after(() => store.close());

describe('reader pages', () => {
  it('serves the search page with a CSP that allows only our own scripts', async () => {
    const { status, html, headers } = await page('/');
    assert.equal(status, 200);
    assert.match(html, /hx-get="\/search"/);
    assert.match(html, /<script src="\/static\/htmx.js" defer><\/script>/);
    const csp = headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  });
  it('answers search fragments with the hits marked, not whole pages', async () => {
    const { html } = await page('/search?q=reservoirs');
    assert.doesNotMatch(html, /<html/);
    assert.match(html, /<b>reservoirs<\/b>/);
    assert.match(html, /href="\/read\/\d+"/);
  });
  it('marks the dateline, quotes, claims and entity links in an article', async () => {
    const wire = await page(`/read/${await idOf('rationing', 'meridianwire.example')}`);
    assert.match(wire.html, /<span class="dateline">VALENCIA, Spain<\/span> — /);
    assert.match(wire.html, /<mark class="quote direct" title="said: Marta Aliaga">We are asking/);
    assert.match(wire.html, /<a class="entity person" href="\/entity\/Marta%20Aliaga">Marta Aliaga<\/a>/);
    assert.match(wire.html, /<aside class="related">[\s\S]*Seville records hottest night/);
    const seed = await page(`/read/${await idOf('Fath')}`);
    assert.match(
      seed.html,
      /<span class="claim anonymous" title="Claim attributed to CNN, The Wall Street Journal/,
    );
    assert.match(seed.html, /<h2>Attributed claims<\/h2>/);
  });
  it('never nests a link inside a link, on any stored article', async () => {
    const { hits } = await store.search({ limit: 100 });
    assert.ok(hits.length >= 9);
    for (const hit of hits) {
      const { html } = await page(`/read/${hit.id}`);
      assert.doesNotMatch(html, /<a [^>]*>(?:(?!<\/a>)[\s\S])*<a /, `article ${hit.id}`);
    }
  });
  it('escapes everything a hostile page carries', async () => {
    const { html } = await page(`/read/${await idOf('council budget')}`);
    const body = html.slice(html.indexOf('<main>'));
    assert.doesNotMatch(body, /<script|<svg|<iframe|<form|<img src="x"/i);
    assert.doesNotMatch(body, /<[^>]*\son[a-z]+=/i);
    assert.doesNotMatch(body, /(href|src|action)="\s*(javascript|data):/i);
    assert.match(body, /&lt;script&gt;window.__pwned=16&lt;\/script&gt;/);
    // Whatever title the metadata stage picks (og:title and <title> both carry markup), it is text.
    const head = html.slice(0, html.indexOf('<body>'));
    assert.match(head, /<title>Council [^<]*approves budget · Dateline<\/title>/);
    assert.deepEqual(head.match(/<script/g), ['<script']);
  });
  it('shows the removed parts with their reasons', async () => {
    const { html } = await page(`/read/${await idOf('Tuft')}/removed`);
    assert.match(html, /<h2>Removed <small>\(\d+ parts/);
    assert.match(html, /<h2>Decisions/);
  });
  it('lists stories, a story with its outlets and an entity with its quotes', async () => {
    const list = await page('/story');
    const storyPath = /href="(\/story\/\d+)">Valencia orders water rationing/.exec(list.html)?.[1];
    assert.ok(storyPath);
    const story = await page(storyPath);
    assert.match(story.html, /<span class="outlet">harbourpost.example<\/span>/);
    const entity = await page('/entity/Marta%20Aliaga');
    assert.match(entity.html, /Quotes by Marta Aliaga <small>\([1-9]\d*\)/);
  });
  it('answers 404 pages for unknown articles, stories and entities', async () => {
    for (const path of ['/read/999999', '/read/abc', '/read/1e3', '/story/0', '/entity/No%20Such%20Person']) {
      const { status, html } = await page(path);
      assert.equal(status, 404, path);
      assert.match(html, /<h1>Not found<\/h1>/);
    }
  });
  it('serves htmx and the stylesheet from our own origin', async () => {
    const htmx = await app.request('/static/htmx.js');
    assert.match(htmx.headers.get('content-type') ?? '', /javascript/);
    assert.match(await htmx.text(), /htmx/);
    const css = await app.request('/static/reader.css');
    assert.match(await css.text(), /@media \(max-width:600px\)/);
  });
});
