import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ArticleRecord } from '../../src/format/index.ts';
import { createApp } from '../../src/serve/http/app.ts';
import { serveConfig } from '../../src/serve/http/config.ts';
import type { ApiError } from '../../src/serve/http/errors.ts';
import type { EntityReport, SearchResult, Store, Story, StorySummary } from '../../src/store/index.ts';
import { demoStore } from './helpers.ts';

/** Response bodies as the API documents them (src/serve/http/schemas.ts). */
type ArticleBody = ArticleRecord & { id: number; site: string | null };
type StoryList = { total: number; stories: StorySummary[] };
type OpenApiDoc = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
};

let store: Store;
let app: ReturnType<typeof createApp>;

async function getJson<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await app.request(path);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  return { status: res.status, body: (await res.json()) as T };
}

async function assertError(path: string, status: number, code: string): Promise<void> {
  const res = await getJson<ApiError>(path);
  assert.equal(res.status, status, path);
  assert.deepEqual(Object.keys(res.body), ['error']);
  assert.deepEqual(Object.keys(res.body.error).sort(), ['code', 'message']);
  assert.equal(res.body.error.code, code);
  assert.ok(res.body.error.message.length > 0);
}

before(async () => {
  store = await demoStore();
  app = createApp({ store, config: serveConfig() });
});
after(() => store.close());

describe('GET /articles', () => {
  it('searches the full text and returns the total with ranked hits', async () => {
    const { status, body } = await getJson<SearchResult>('/articles?q=water');
    assert.equal(status, 200);
    assert.ok(body.total >= 3);
    assert.ok(body.hits.every((h) => Number.isInteger(h.id) && typeof h.snippet === 'string'));
    assert.ok(body.hits.some((h) => /Valencia/.test(h.title ?? '')));
  });
  it('filters by site, author and entity', async () => {
    const bySite = await getJson<SearchResult>('/articles?site=coastaltimes.example');
    assert.deepEqual(
      bySite.body.hits.map((h) => h.site),
      ['coastaltimes.example'],
    );
    const byAuthor = await getJson<SearchResult>('/articles?author=okafor');
    assert.equal(byAuthor.body.total, 1);
    const byEntity = await getJson<SearchResult>(`/articles?entity=${encodeURIComponent('Marta Aliaga')}`);
    assert.ok(byEntity.body.total >= 2);
  });
  it('pages with limit and offset', async () => {
    const all = await getJson<SearchResult>('/articles?limit=100');
    const second = await getJson<SearchResult>('/articles?limit=1&offset=1');
    assert.equal(second.body.hits.length, 1);
    assert.equal(second.body.hits[0]?.id, all.body.hits[1]?.id);
    assert.equal(second.body.total, all.body.total);
  });
  it('answers 400 with the error shape for invalid parameters', async () => {
    for (const query of ['limit=0', 'limit=1000', 'offset=-1', 'from=yesterday', 'limit=ten']) {
      await assertError(`/articles?${query}`, 400, 'invalid-request');
    }
  });
});

describe('GET /articles/:id', () => {
  it('returns the full record with the store facts', async () => {
    const hit = (await getJson<SearchResult>('/articles?q=Pollux')).body.hits[0];
    assert.ok(hit);
    const { status, body } = await getJson<ArticleBody>(`/articles/${hit.id}`);
    assert.equal(status, 200);
    assert.equal(body.id, hit.id);
    assert.equal(body.title, 'Student-built lander sends first pictures from the Moon');
    assert.equal(body.site, 'sciencedesk.example');
    assert.ok(body.quotes.length > 0);
    assert.equal(body.figures.length, 2);
  });
  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    await assertError('/articles/999999', 404, 'not-found');
    for (const id of ['abc', '-3', '1.5', '0']) await assertError(`/articles/${id}`, 400, 'invalid-request');
  });
});

describe('GET /stories and /stories/:id', () => {
  it('lists clusters and returns one with its members and outlets', async () => {
    const list = await getJson<StoryList>('/stories?minSize=2');
    assert.equal(list.status, 200);
    const valencia = list.body.stories.find((s) => /Valencia/.test(s.label ?? ''));
    assert.ok(valencia, 'the three Valencia reports form one story');
    assert.equal(valencia.size, 3);
    assert.equal(valencia.sites, 3);
    const one = await getJson<Story>(`/stories/${valencia.id}`);
    assert.deepEqual(one.body.members.map((m) => m.site).sort(), [
      'coastaltimes.example',
      'harbourpost.example',
      'meridianwire.example',
    ]);
  });
  it('answers 404 for an unknown story', async () => {
    await assertError('/stories/424242', 404, 'not-found');
  });
});

describe('GET /entities/:name', () => {
  it('lists quotes by the entity, case-insensitively', async () => {
    const { status, body } = await getJson<EntityReport>(`/entities/${encodeURIComponent('marta aliaga')}`);
    assert.equal(status, 200);
    assert.equal(body.name, 'Marta Aliaga');
    assert.equal(body.type, 'PERSON');
    assert.ok(body.quotesBy.some((q) => /bucket of water/.test(q.quote.content)));
  });
  it('answers 404 for an unknown entity', async () => {
    await assertError('/entities/Nobody%20Atall', 404, 'not-found');
  });
});

describe('GET /openapi.json and unknown routes', () => {
  it('publishes an OpenAPI 3.1 document with every route', async () => {
    const { body } = await getJson<OpenApiDoc>('/openapi.json');
    assert.equal(body.openapi, '3.1.0');
    for (const path of [
      '/extract',
      '/articles',
      '/articles/{id}',
      '/stories',
      '/stories/{id}',
      '/entities/{name}',
      '/ingest',
      '/jobs/{id}',
    ]) {
      assert.ok(body.paths[path], path);
    }
    assert.ok(body.paths['/ingest']?.post?.responses['401']);
    assert.ok(body.components.schemas.Error);
  });
  it('answers unknown routes with the JSON error shape', async () => {
    await assertError('/nope', 404, 'not-found');
  });
});
