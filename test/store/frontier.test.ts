import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore } from '../../src/store/index.ts';

test('the SQLite frontier: known once, claimed in order, done for good, validators kept, released back', async () => {
  const store = openStore(':memory:');
  const f = store.frontier;
  assert.equal(
    await f.add([
      { url: 'https://a.example/1', depth: 0 },
      { url: 'https://a.example/2', depth: 1, source: 'https://a.example/feed', lastmod: '2024-05-01' },
    ]),
    2,
  );
  assert.equal(
    await f.add([
      { url: 'https://a.example/1', depth: 3 },
      { url: 'https://a.example/3', depth: 1 },
    ]),
    1,
  );
  const first = await f.claim(2);
  assert.deepEqual(first, [
    { url: 'https://a.example/1', depth: 0 },
    { url: 'https://a.example/2', depth: 1, source: 'https://a.example/feed', lastmod: '2024-05-01' },
  ]);
  await f.release(['https://a.example/2']);
  await f.complete({
    url: 'https://a.example/1',
    status: 200,
    etag: '"v1"',
    fetchedAt: '2024-05-01T00:00:00Z',
  });
  assert.deepEqual(await f.validators('https://a.example/1'), { etag: '"v1"' });
  assert.equal(await f.validators('https://a.example/2'), undefined);
  const next = await f.claim(10);
  assert.deepEqual(
    next.map((e) => e.url),
    ['https://a.example/2', 'https://a.example/3'],
  );
  assert.deepEqual(await f.claim(10), [], 'done and claimed URLs are not claimed again');
  await store.close();
});
