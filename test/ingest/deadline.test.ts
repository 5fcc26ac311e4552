import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { deadline } from '../../src/ingest/crawl/deadline.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A full collection, so a deadline held only by its timer would be lost if it could be. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('request deadline', () => {
  test('aborts with a TimeoutError once the time is up, even after a garbage collection', async () => {
    const { signal } = deadline(new AbortController().signal, 40);
    collectGarbage();
    await sleep(120);
    assert.equal(signal.aborted, true);
    assert.equal((signal.reason as DOMException).name, 'TimeoutError');
  });

  test('aborts with the stop reason when the crawl stops first', () => {
    const stop = new AbortController();
    const { signal } = deadline(stop.signal, 10_000);
    stop.abort(new Error('crawl stopped'));
    assert.equal(signal.aborted, true);
    assert.equal((signal.reason as Error).message, 'crawl stopped');
  });

  test('is born aborted under a stop signal that already fired', () => {
    const stop = new AbortController();
    stop.abort(new Error('too late'));
    assert.equal(deadline(stop.signal, 10_000).signal.aborted, true);
  });

  test('never fires once cleared', async () => {
    const stop = new AbortController();
    const limit = deadline(stop.signal, 30);
    limit.clear();
    await sleep(80);
    stop.abort();
    assert.equal(limit.signal.aborted, false);
  });
});
