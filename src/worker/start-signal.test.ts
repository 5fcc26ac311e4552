import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { markStarted, msSinceStart, newStartCell } from './start-signal.ts';

test('a start cell reads as waiting until it is marked, then as the time since', () => {
  const cell = newStartCell();
  assert.equal(msSinceStart(cell), undefined);
  markStarted(undefined); // a task sent without a cell (in-process runs) is fine
  markStarted(cell);
  const elapsed = msSinceStart(cell);
  assert.ok(elapsed !== undefined && elapsed >= 0 && elapsed < 60_000, `elapsed ${elapsed}`);
});

test('a mark made by another thread is seen by the thread that made the cell', async () => {
  const cell = newStartCell();
  // The cell crosses in a structured clone, as in a pool task: shared, not copied.
  const worker = new Worker(
    'const { workerData } = require("node:worker_threads"); Atomics.store(workerData, 0, process.hrtime.bigint());',
    { eval: true, workerData: cell },
  );
  await new Promise((resolve) => worker.once('exit', resolve));
  assert.notEqual(msSinceStart(cell), undefined);
});
