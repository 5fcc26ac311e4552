import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ArticleRecord } from '../../src/format/index.ts';
import { createApp } from '../../src/serve/http/app.ts';
import { serveConfig } from '../../src/serve/http/config.ts';
import type { ApiError } from '../../src/serve/http/errors.ts';
import { createJobBoard, type Job, type JobBoard } from '../../src/serve/http/jobs.ts';
import { guardedHttp } from '../../src/serve/net/guarded-http.ts';
import { openStore, type SearchResult, type Store } from '../../src/store/index.ts';
import type { ArticleRecord as StoreRows } from '../../src/store/record.ts';
import { createLazyPagePool, createPagePool } from '../../src/worker/pool.ts';
import { FAKE_DNS, fakeTransport, NEWS_PAGE } from './helpers.ts';

/** Response bodies read by these tests (src/serve/http/schemas.ts documents them). */
type Json = ApiError & ArticleRecord & Job & SearchResult & { text: string };
const TOKEN = 'test-token-0123456789abcdef';
const HTML = { 'content-type': 'text/html; charset=utf-8' };

/** A site on the fake web: a page, a redirect to a private address, robots.txt absent (404). */
const WEB = {
  'http://news.example/port': { status: 200, headers: HTML, body: NEWS_PAGE },
  'http://news.example/jump': { status: 302, headers: { location: 'http://10.0.0.8/internal' } },
  'http://news.example/to-intranet': { status: 301, headers: { location: 'http://intranet.example/' } },
};

let store: Store;
let jobs: JobBoard;
let calls: string[];
let app: ReturnType<typeof createApp>;

before(() => {
  store = openStore(':memory:');
  jobs = createJobBoard();
  const fake = fakeTransport(WEB);
  calls = fake.calls;
  const http = guardedHttp({ resolve: FAKE_DNS, transport: fake.transport });
  app = createApp({
    store,
    jobs,
    http,
    config: serveConfig({ token: TOKEN, maxBodyBytes: 64 * 1024, crawlDelayMs: 0 }),
  });
});
after(async () => {
  await jobs.close();
  await store.close();
});

async function post(path: string, body: string, headers: Record<string, string>) {
  const res = await app.request(path, { method: 'POST', body, headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) as Json };
}

const postJson = (path: string, value: unknown, headers: Record<string, string> = {}) =>
  post(path, JSON.stringify(value), { 'content-type': 'application/json', ...headers });

function assertError(res: { status: number; json: () => Json }, status: number, code: string): void {
  assert.equal(res.status, status);
  const body = res.json();
  assert.deepEqual(Object.keys(body), ['error']);
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
}

describe('POST /extract', () => {
  it('extracts posted HTML into the JSON record', async () => {
    const res = await post('/extract', NEWS_PAGE, HTML);
    assert.equal(res.status, 200);
    const record = res.json();
    assert.equal(record.title, 'Port reopens after strike');
    assert.equal(record.dateline?.city, 'Genoa');
    assert.ok(record.quotes.some((q) => q.speaker.name === 'Paolo Verdi'));
  });
  it('renders another format when asked', async () => {
    const res = await post('/extract?format=markdown', NEWS_PAGE, HTML);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/markdown/);
    assert.match(res.text, /^# Port reopens after strike/);
  });
  it('fetches a public URL given as JSON', async () => {
    const res = await postJson('/extract', { url: 'http://news.example/port' });
    assert.equal(res.status, 200);
    assert.equal(res.json().url, 'http://news.example/port');
  });
  it('answers 400 for invalid JSON, both or neither of url/html, and an empty body', async () => {
    assertError(
      await post('/extract', '{"url": ', { 'content-type': 'application/json' }),
      400,
      'invalid-request',
    );
    assertError(
      await postJson('/extract', { url: 'http://news.example/a', html: '<p>x</p>' }),
      400,
      'invalid-request',
    );
    assertError(await postJson('/extract', {}), 400, 'invalid-request');
    assertError(await postJson('/extract', { url: 'not a url' }), 400, 'invalid-request');
    assertError(await post('/extract', '', HTML), 400, 'empty-body');
  });
  it('answers 413 for a body over the limit', async () => {
    const huge = `<p>${'x'.repeat(100 * 1024)}</p>`;
    assertError(await post('/extract', huge, HTML), 413, 'too-large');
    assertError(await postJson('/extract', { html: huge }), 413, 'too-large');
  });
  for (const url of [
    'http://127.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://[::ffff:10.0.0.1]/',
    'http://metadata.example/',
    'http://intranet.example/',
  ]) {
    it(`refuses to fetch ${url} (422 blocked-address)`, async () => {
      const before = calls.length;
      const res = await postJson('/extract', { url });
      assertError(res, 422, 'blocked-address');
      assert.equal(calls.length, before, 'no request was sent');
    });
  }
  it('refuses a redirect hop to a private address, by IP or by name', async () => {
    assertError(await postJson('/extract', { url: 'http://news.example/jump' }), 422, 'blocked-address');
    assertError(
      await postJson('/extract', { url: 'http://news.example/to-intranet' }),
      422,
      'blocked-address',
    );
    const hosts = calls.map((url) => new URL(url).hostname);
    assert.ok(!hosts.includes('10.0.0.8') && !hosts.includes('intranet.example'), hosts.join());
  });
  it('answers 422 for an unfetchable page', async () => {
    assertError(await postJson('/extract', { url: 'http://news.example/missing' }), 422, 'http-404');
    assertError(await postJson('/extract', { url: 'http://unknown-host.example/' }), 422, 'dns');
  });
});

describe('POST /ingest and GET /jobs/:id', () => {
  it('refuses writes without the bearer token (401) or with a wrong one', async () => {
    const missing = await postJson('/ingest', { url: 'http://news.example/port' });
    assertError(missing, 401, 'unauthorized');
    assert.match(missing.headers.get('www-authenticate') ?? '', /^Bearer/);
    assertError(
      await postJson(
        '/ingest',
        { url: 'http://news.example/port' },
        { authorization: 'Bearer wrong-token-value-123' },
      ),
      401,
      'unauthorized',
    );
  });
  it('refuses writes when no token is configured (403)', async () => {
    const closed = createApp({ store, config: serveConfig() });
    const res = await closed.request('/ingest', {
      method: 'POST',
      body: '{"url":"http://news.example/port"}',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as Json).error.code, 'writes-disabled');
  });
  it('validates the body once authorised', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    assertError(
      await post('/ingest', '{oops', { 'content-type': 'application/json', ...auth }),
      400,
      'invalid-request',
    );
    assertError(await postJson('/ingest', { url: 'ftp://news.example/' }, auth), 400, 'invalid-request');
  });
  it('runs a crawl job into the store and reports its progress', async () => {
    const res = await postJson(
      '/ingest',
      { url: 'http://news.example/port' },
      { authorization: `Bearer ${TOKEN}` },
    );
    assert.equal(res.status, 202);
    const job = res.json();
    assert.equal(res.headers.get('location'), `/jobs/${job.id}`);
    let state: Json = job;
    for (let i = 0; i < 200 && state.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      state = (await (await app.request(`/jobs/${job.id}`)).json()) as Json;
    }
    assert.equal(state.status, 'done', JSON.stringify(state));
    assert.equal(state.progress.pages, 1);
    assert.equal(state.progress.stored, 1);
    const found = (await (await app.request('/articles?q=Genoa')).json()) as Json;
    assert.equal(found.total, 1);
    assert.equal(found.hits[0]?.site, 'news.example');
  });
  it('records a refused address as a failed URL of the job', async () => {
    const res = await postJson(
      '/ingest',
      { url: 'http://news.example/jump' },
      { authorization: `Bearer ${TOKEN}` },
    );
    let state: Json = res.json();
    for (let i = 0; i < 200 && state.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      state = (await (await app.request(`/jobs/${state.id}`)).json()) as Json;
    }
    assert.equal(state.status, 'done');
    assert.equal(state.progress.stored, 0);
    assert.equal(state.progress.failed, 1);
    // The crawler asks the target's robots.txt first; the refused address fails that request,
    // which the crawler reports as "disallowed by robots.txt (http://10.0.0.8/…)".
    assert.match(state.lastErrors[0] ?? '', /10\.0\.0\.8/);
    assert.ok(!calls.some((url) => new URL(url).hostname === '10.0.0.8'));
  });
  it('answers 404 for an unknown job and 400 for a malformed id', async () => {
    assert.equal((await app.request('/jobs/00000000-0000-4000-8000-000000000000')).status, 404);
    assert.equal((await app.request('/jobs/not-a-job')).status, 400);
  });
});

describe('POST /extract in worker threads', () => {
  it('extracts a page in a worker and answers 422 when a page runs past its time budget', async () => {
    const config = serveConfig({ extractTimeoutMs: 300 });
    const real = createPagePool({ threads: 1, timeoutMs: 60_000 });
    const spinning = createPagePool({
      threads: 1,
      timeoutMs: config.extractTimeoutMs,
      filename: new URL('./stuck-worker.ts', import.meta.url),
    });
    try {
      const good = await createApp({ store, config, pages: real }).request('/extract', {
        method: 'POST',
        body: NEWS_PAGE,
        headers: HTML,
      });
      assert.equal(good.status, 200);
      assert.equal(((await good.json()) as Json).title, 'Port reopens after strike');
      const slow = await createApp({ store, config, pages: spinning }).request('/extract', {
        method: 'POST',
        body: NEWS_PAGE,
        headers: HTML,
      });
      assert.equal(slow.status, 422);
      const body = (await slow.json()) as Json;
      assert.equal(body.error.code, 'extract-failed');
      assert.match(body.error.message, /Timed out after 300 ms/);
    } finally {
      await real.close();
      await spinning.close();
    }
  });
});

describe('POST /ingest jobs in worker threads', () => {
  /** Runs one ingest job of the news page on a fresh store, its pages in `worker`, and returns its final state. */
  async function ingestWith(worker: URL, timeoutMs: number) {
    const records = createLazyPagePool<StoreRows>({ threads: 1, timeoutMs, filename: worker });
    const own = openStore(':memory:');
    const board = createJobBoard();
    const config = serveConfig({ token: TOKEN, crawlDelayMs: 0, extractTimeoutMs: timeoutMs });
    const http = guardedHttp({ resolve: FAKE_DNS, transport: fakeTransport(WEB).transport });
    const server = createApp({ store: own, jobs: board, http, config, records });
    try {
      const res = await server.request('/ingest', {
        method: 'POST',
        body: JSON.stringify({ url: 'http://news.example/port' }),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      });
      let state = (await res.json()) as Json;
      for (let i = 0; i < 400 && state.status === 'running'; i++) {
        // The event loop stays free while a worker holds the page: the server keeps answering.
        assert.equal((await server.request('/articles')).status, 200);
        await new Promise((resolve) => setTimeout(resolve, 25));
        state = (await (await server.request(`/jobs/${state.id}`)).json()) as Json;
      }
      const stored = (await (await server.request('/articles?q=Genoa')).json()) as Json;
      return { state, stored: stored.total };
    } finally {
      await board.close();
      await records.close();
      await own.close();
    }
  }

  it('extracts the pages of a job in the ingest worker and stores their rows', async () => {
    const worker = new URL('../../src/serve/cli/commands/ingest-worker.ts', import.meta.url);
    const { state, stored } = await ingestWith(worker, 60_000);
    assert.equal(state.status, 'done', JSON.stringify(state));
    assert.deepEqual([state.progress.pages, state.progress.stored, state.progress.failed], [1, 1, 0]);
    assert.equal(stored, 1);
  });

  it('records a page that runs past its budget in a worker as a failure of the job', async () => {
    const { state, stored } = await ingestWith(new URL('./stuck-worker.ts', import.meta.url), 300);
    assert.equal(state.status, 'done', JSON.stringify(state));
    assert.deepEqual([state.progress.stored, state.progress.failed], [0, 1]);
    assert.match(state.lastErrors[0] ?? '', /Timed out after 300 ms/);
    assert.equal(stored, 0);
  });
});
