/**
 * How a pooled worker tells the pool that it has begun a page, so that the pool's hard limit
 * counts the page's own time and not its wait in the queue: a shared 8-byte cell that the
 * worker stamps with the monotonic clock (`process.hrtime`, one clock for every thread of
 * the process), and that the pool reads when its timer fires.
 *
 * It replaced a MessageChannel per page, whose worker end was transferred, used once and
 * closed. Those ports' native memory stayed behind: an ingest of 10 000 pages crept from
 * about 310 to 352–359 MB of RSS over the run, where without the ports it stayed at
 * 317–328 MB (peaks 327, 334 MB; `.bench/scratch/rsspeak.ts`, RSS sampled every 50 ms).
 * A SharedArrayBuffer crosses to the worker inside the task's structured clone, shared
 * rather than copied, and needs no transfer list, handle or event.
 */

/** The cell of one page: 0 until a worker starts it, then the start time in nanoseconds. */
export type StartCell = BigInt64Array;

export function newStartCell(): StartCell {
  return new BigInt64Array(new SharedArrayBuffer(BigInt64Array.BYTES_PER_ELEMENT));
}

/** Called by the worker first thing, before the CPU-bound work. */
export function markStarted(cell: StartCell | undefined): void {
  if (cell) Atomics.store(cell, 0, process.hrtime.bigint());
}

/** Milliseconds since a worker started the page, or undefined while it waits in the queue. */
export function msSinceStart(cell: StartCell): number | undefined {
  const at = Atomics.load(cell, 0);
  return at === 0n ? undefined : Number(process.hrtime.bigint() - at) / 1e6;
}
