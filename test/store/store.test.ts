import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { Article } from '../../src/model.ts';
import { processString } from '../../src/pipeline.ts';
import { openStore } from '../../src/store/index.ts';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.ts';
import { page } from './fixtures/pages.ts';

const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function article(n: number, site = 'news.example'): Article {
  const url = `https://${site}/world/story-${n}`;
  return processString(page(n, { site }), { url });
}

/** The model as plain JSON: what "the same Article" means for a serialized store. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('SQLite store', () => {
  test('putArticle() then getArticle() gives back the same Article', async () => {
    const store = openStore(':memory:');
    const a = article(1);
    assert.ok(a.quotes.length > 0 && a.entities.length > 0 && a.blocks.length > 3, 'fixture has parts');
    const { id, status } = await store.putArticle(a, { input: 'page-1.html', url: a.url });
    assert.equal(status, 'inserted');
    const stored = await store.getArticle(id);
    assert.ok(stored);
    const { id: gotId, site, contentHash, addedAt, ...model } = stored;
    assert.equal(gotId, id);
    assert.equal(site, 'news.example');
    assert.match(contentHash, /^[0-9a-f]{64}$/);
    assert.ok(addedAt);
    assert.deepEqual(asJson(model), asJson(a));
    await store.close();
  });

  test('the same URL or the same content twice is one row', async () => {
    const store = openStore(':memory:');
    const a = article(2);
    const first = await store.putArticle(a, { input: 'a.html', url: a.url });
    const again = await store.putArticle(a, { input: 'a-again.html', url: a.url });
    assert.deepEqual(again, { id: first.id, status: 'unchanged' });
    const mirror = { ...a, url: 'https://mirror.example/copy', input: 'mirror.html' };
    assert.deepEqual(await store.putArticle(mirror, { input: 'mirror.html' }), {
      id: first.id,
      status: 'duplicate',
    });
    const edited = { ...a, text: `${a.text}\nCorrection appended.` };
    assert.deepEqual(await store.putArticle(edited, { input: 'a.html', url: a.url }), {
      id: first.id,
      status: 'updated',
    });
    assert.equal((await store.stats()).articles, 1);
    assert.match((await store.getArticle(first.id))?.text ?? '', /Correction appended/);
    assert.equal((await store.ingested('mirror.html'))?.status, 'duplicate');
    await store.close();
  });

  test('search() ranks with bm25, returns snippets and applies every filter', async () => {
    const store = openStore(':memory:');
    for (let n = 0; n < 8; n++) {
      const a = article(n, n % 2 === 0 ? 'www.alpha.example' : 'beta.example');
      await store.putArticle(a, { input: `p${n}.html`, url: a.url });
    }
    const all = await store.search({ q: 'grain corridor' });
    assert.equal(all.total, 2);
    assert.ok(all.hits.every((h) => h.snippet.includes('[') && h.score > 0));
    assert.ok(all.hits.every((h) => /grain corridor/.test(h.title ?? '')));
    assert.equal((await store.search({ q: 'talks', site: 'alpha.example' })).total, 4);
    assert.equal((await store.search({ q: 'talks', author: 'ana rep' })).total, 8);
    assert.equal((await store.search({ q: 'talks', author: 'nobody' })).total, 0);
    const peru = await store.search({ entity: 'peru' });
    assert.ok(peru.total >= 1 && peru.hits.every((h) => /Peru/.test(h.title ?? '')));
    const may3 = await store.search({ from: '2024-05-03', to: '2024-05-04' });
    assert.deepEqual(
      may3.hits.map((h) => h.published?.slice(0, 10)),
      ['2024-05-04', '2024-05-03'],
    );
    const paged = await store.search({ q: 'talks', limit: 3, offset: 3 });
    assert.equal(paged.total, 8);
    assert.equal(paged.hits.length, 3);
    assert.equal((await store.search({ q: '"U.S." (AT&T) -- *' })).total, 0, 'punctuation is not FTS syntax');
    await store.close();
  });

  test('entity() lists articles, quotes by and quotes mentioning the entity', async () => {
    const store = openStore(':memory:');
    for (const n of [0, 4]) {
      const a = article(n);
      await store.putArticle(a, { input: `p${n}.html`, url: a.url });
    }
    const report = await store.entity('olena kovalenko');
    assert.ok(report);
    assert.equal(report.name, 'Olena Kovalenko');
    assert.equal(report.articles.length, 2);
    assert.ok(report.quotesBy.length >= 2, 'her quote in each article');
    assert.ok(report.quotesBy.every((q) => q.quote.speaker.name === 'Olena Kovalenko'));
    assert.equal(await store.entity('Nobody Atall'), undefined);
    await store.close();
  });

  test('a fresh file runs every migration once; reopening runs none', async () => {
    const file = join(dir, 'fresh.db');
    const store = openStore(file);
    await store.close();
    const raw = new Database(file);
    assert.equal(raw.pragma('user_version', { simple: true }), MIGRATIONS.length);
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    raw.close();
    const names = (tables as { name: string }[]).map((t) => t.name);
    for (const t of [
      'articles',
      'blocks',
      'quotes',
      'entities',
      'mentions',
      'frontier',
      'fetches',
      'article_fts',
    ])
      assert.ok(names.includes(t), t);
    const again = openStore(file);
    assert.equal((await again.stats()).articles, 0);
    await again.close();
  });
});
