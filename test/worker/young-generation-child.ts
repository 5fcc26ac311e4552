/**
 * Run by young-generation.test.ts in a Node started with a small `--max-semi-space-size`:
 * prints the main thread's new space and what a pool worker's grew to, in MiB, as JSON.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { createPagePool } from '../../src/worker/pool.ts';
import { emptyPageTask } from '../support/empty-task.ts';

const pool = createPagePool<{ newSpaceMiB: number; kept: number }>({
  threads: 1,
  timeoutMs: 0,
  filename: new URL('./young-generation-worker.ts', import.meta.url),
});
try {
  const result = await pool.run(emptyPageTask());
  if (!result.ok) throw new Error(result.error);
  const kept: Array<{ n: number }> = [];
  for (let i = 0; i < 800_000; i++) kept.push({ n: i });
  const main =
    (getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0) / 1048576;
  console.log(JSON.stringify({ main, worker: result.output.newSpaceMiB, kept: kept.length }));
} finally {
  await pool.close();
}
