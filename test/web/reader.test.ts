/**
 * The web reader in a real browser: playwright-core driving Debian's Chromium
 * (STACK.md launch flags). Requests leaving 127.0.0.1 are aborted, so the run is
 * hermetic even though article figures point at remote images. Skips, saying why,
 * when /usr/bin/chromium is missing; `.ci/run` installs it.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { buildStore } from '../../src/serve/demo/build.ts';
import { createApp } from '../../src/serve/http/app.ts';
import { serveConfig } from '../../src/serve/http/config.ts';
import { type Listening, listen } from '../../src/serve/http/listen.ts';
import type { Store } from '../../src/store/index.ts';
import { demoStore } from '../http/helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** What the hostile-page test reads from the DOM (a string, so this file needs no DOM typings). */
interface HostileState {
  pwned: unknown;
  scripts: string[];
  handlers: string[];
  badLinks: string[];
  frames: number;
  text: string;
}
const HOSTILE_PROBE = `(() => {
  const all = [...document.querySelectorAll('*')];
  const article = document.querySelector('article.reader');
  return {
    pwned: window.__pwned ?? null,
    scripts: [...document.scripts].map((s) => s.src),
    handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
    badLinks: all.flatMap((el) => ['href', 'src', 'action', 'formaction'].map((n) => el.getAttribute(n))
      .filter((v) => v !== null && /^\\s*(javascript|data|vbscript):/i.test(v))),
    frames: article.querySelectorAll('iframe, object, embed, svg, form, button').length,
    text: document.body.innerText,
  };
})()`;
const SKIP = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)`;

describe('web reader in Chromium', { skip: SKIP }, () => {
  let store: Store;
  let server: Listening;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const offsite: string[] = [];

  before(async () => {
    store = await demoStore();
    const hostile = await buildStore(store, ['test/web/fixtures/hostile.html']);
    assert.deepEqual(hostile.failures, []);
    server = await listen(createApp({ store, config: serveConfig() }), '127.0.0.1', 0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true });
    context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('searches as you type, without leaving the page', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('input[name=q]').pressSequentially('orange', { delay: 20 });
    await page.locator('#results .count', { hasText: 'for “orange”' }).waitFor({ timeout: 10_000 });
    assert.equal(new URL(page.url()).pathname, '/');
    const titles = await page.locator('#results .hit-title').allTextContents();
    assert.ok(titles.includes("Orange growers count the cost as Valencia's drought deepens"), titles.join());
  });

  it('opens an article with its dateline, credit, figure, quotes and speakers', async () => {
    await page.locator('input[name=q]').fill('rationing');
    await page.locator('#results .count', { hasText: 'for “rationing”' }).waitFor({ timeout: 10_000 });
    await page.locator('#results .hit-title', { hasText: 'Valencia orders water rationing' }).click();
    await page.locator('article.reader h1').waitFor();
    assert.equal(
      await page.locator('article.reader h1').textContent(),
      'Valencia orders water rationing as reservoirs fall to record low',
    );
    assert.match((await page.locator('.body .dateline').first().textContent()) ?? '', /^VALENCIA, Spain/);
    assert.match((await page.locator('.byline').textContent()) ?? '', /Lucia Ferrer/);
    assert.match(
      (await page.locator('figure figcaption').first().textContent()) ?? '',
      /Photo: Meridian Wire\/Pablo Sanz/,
    );
    assert.ok((await page.locator('.body mark.quote').count()) >= 3);
    const speakers = await page.locator('.quotes .speaker').allTextContents();
    assert.ok(speakers.includes('Marta Aliaga'), speakers.join());
    assert.ok((await page.locator('aside.related li').count()) >= 2, 'related teasers are listed apart');
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/article.png', fullPage: true });
  });

  it('follows a speaker to the entity page listing quotes by and about them', async () => {
    await page.locator('.quotes a.speaker', { hasText: 'Marta Aliaga' }).first().click();
    await page.locator('h1', { hasText: 'Marta Aliaga' }).waitFor();
    const quotes = await page.locator('section.quotes').first().locator('li').allTextContents();
    assert.ok(
      quotes.some((q) => q.includes('bucket of water')),
      quotes.join('\n'),
    );
    assert.ok((await page.locator('ol.members li').count()) >= 2);
  });

  it('opens a story cluster with its outlets', async () => {
    await page.goto(`${server.url}/story`);
    await page.locator('ol.stories a', { hasText: 'Valencia' }).click();
    const outlets = await page.locator('p.outlets .outlet').allTextContents();
    assert.deepEqual(outlets.sort(), ['coastaltimes.example', 'harbourpost.example', 'meridianwire.example']);
    assert.match((await page.locator('ol.members').textContent()) ?? '', /Orange growers/);
  });

  it('shows what was removed and why', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('input[name=q]').fill('Pollux');
    await page.locator('#results .count', { hasText: 'for “Pollux”' }).waitFor({ timeout: 10_000 });
    await page.locator('#results .hit-title').first().click();
    await page.locator('a', { hasText: 'Raw vs clean' }).click();
    await page.locator('h2', { hasText: 'Decisions' }).waitFor();
    assert.ok((await page.locator('.messages tbody tr').count()) > 0);
  });

  it('renders a hostile page without running any of its script', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const id = (await store.search({ q: 'council budget' })).hits[0]?.id;
    assert.ok(id);
    await page.goto(`${server.url}/read/${id}`);
    await page.locator('article.reader').waitFor();
    await page.hover('article.reader strong').catch(() => undefined);
    const state = await page.evaluate<HostileState>(HOSTILE_PROBE);
    assert.equal(state.pwned, null);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(state.scripts, [`${server.url}/static/htmx.js`]);
    assert.deepEqual(state.handlers, []);
    assert.deepEqual(state.badLinks, []);
    assert.equal(state.frames, 0);
    // The page's markup survives as visible text, never as elements.
    assert.match(state.text, /<script>window.__pwned=16<\/script>/);
    assert.match(state.text, /Marc Dupont/);
  });

  it('is readable at phone width: no horizontal scrolling', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 375, height: 740 });
    const id = (await store.search({ q: 'Pollux' })).hits[0]?.id;
    for (const path of ['/', `/read/${id}`, `/read/${id}/removed`, '/story']) {
      await phone.goto(`${server.url}${path}`);
      const width = await phone.evaluate<number>('document.documentElement.scrollWidth');
      assert.ok(width <= 375, `${path} is ${width}px wide`);
    }
    await phone.goto(`${server.url}/read/${id}`);
    await phone.screenshot({ path: 'test-results/article-phone.png', fullPage: true });
    await phone.close();
  });

  it('never reached beyond the loopback server except for article images', () => {
    assert.ok(
      offsite.every((url) => /\.(jpe?g|png)$|hostile\.example\/news\/x$/.test(url)),
      offsite.join('\n'),
    );
  });
});
