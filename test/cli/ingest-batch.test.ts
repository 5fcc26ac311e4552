import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processString } from '../../src/pipeline.ts';
import { type BatchOutcome, createWriteBatcher } from '../../src/serve/cli/commands/ingest-batch.ts';
import { createIngestRunner } from '../../src/serve/cli/commands/ingest-runner.ts';
import { createProgress } from '../../src/serve/cli/progress.ts';
import { type ArticleOrigin, type ArticleRecord, articleRecord, openStore } from '../../src/store/index.ts';
import { page } from '../store/fixtures/pages.ts';

function record(n: number): ArticleRecord {
  return articleRecord(processString(page(n), { url: `https://news.example/world/story-${n}` }));
}

/** Records whose outcomes arrived, by input, in arrival order. */
function recorder(): {
  outcomes: Array<[string, BatchOutcome]>;
  on: (o: ArticleOrigin, r: BatchOutcome) => Promise<void>;
} {
  const outcomes: Array<[string, BatchOutcome]> = [];
  return { outcomes, on: async (origin, outcome) => void outcomes.push([origin.input, outcome]) };
}

test('createWriteBatcher() commits a full batch at once and the rest on flush()', async () => {
  const store = openStore(':memory:');
  const { outcomes, on } = recorder();
  // A max age no test run reaches: only size and flush() decide here.
  const batcher = createWriteBatcher(store, on, 3, 3_600_000);
  for (let n = 0; n < 7; n++) await batcher.add(record(n), { input: `p${n}.html` });
  assert.equal(outcomes.length, 6, 'two full batches written, one article queued');
  assert.equal((await store.stats()).articles, 6);
  assert.equal(await store.ingested('p6.html'), undefined, 'the queued article is not recorded yet');
  await batcher.flush();
  assert.deepEqual(
    outcomes.map(([input, o]) => [input, o.ok && o.result.status]),
    Array.from({ length: 7 }, (_, n) => [`p${n}.html`, 'inserted']),
  );
  assert.equal((await store.ingested('p6.html'))?.status, 'inserted');
  await store.close();
});

test('createWriteBatcher() stores the neighbours of an article the store refuses', async () => {
  const store = openStore(':memory:');
  const { outcomes, on } = recorder();
  const batcher = createWriteBatcher(store, on, 3, 3_600_000);
  const bad = record(1);
  // `text` is NOT NULL: this row makes the whole batch's transaction fail.
  const broken = { ...bad, columns: { ...bad.columns, text: null as unknown as string } };
  await batcher.add(record(0), { input: 'p0.html' });
  await batcher.add(broken, { input: 'p1.html' });
  await batcher.add(record(2), { input: 'p2.html' });
  assert.deepEqual(
    outcomes.map(([input, o]) => [input, o.ok]),
    [
      ['p0.html', true],
      ['p1.html', false],
      ['p2.html', true],
    ],
  );
  assert.match(outcomes[1]?.[1].ok === false ? outcomes[1][1].error : '', /NOT NULL/);
  assert.equal((await store.stats()).articles, 2);
  await store.close();
});

test('the ingest runner commits a crawled page before put() returns, a local one with its batch', async () => {
  const store = openStore(':memory:');
  const progress = createProgress({ write: () => true }, { verb: 'ingesting' }, false);
  const runner = await createIngestRunner(store, { jobs: 1, timeoutMs: 0, maxBytes: 1 << 20 }, progress);
  const source = (n: number) => ({
    input: `https://news.example/world/story-${n}`,
    url: `https://news.example/world/story-${n}`,
    bytes: new TextEncoder().encode(page(n)),
  });
  await runner.put(source(1));
  assert.equal(await store.ingested(source(1).input), undefined, 'queued, not yet committed');
  // The crawler marks the URL done in its frontier right after: the article must be there.
  await runner.put(source(2), true);
  assert.equal((await store.ingested(source(2).input))?.status, 'inserted');
  await runner.close();
  assert.equal((await store.ingested(source(1).input))?.status, 'inserted');
  await store.close();
});
