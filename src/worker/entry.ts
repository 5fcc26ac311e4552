import { type PageResult, type PageTask, renderPage } from './render.ts';
import { markStarted, type StartCell } from './start-signal.ts';
import { warmUpWorker } from './warm-up.ts';

warmUpWorker();

/** A task as the pool sends it: the page plus the cell in which the worker says it started. */
export interface PooledTask extends PageTask {
  started?: StartCell;
}

/**
 * Piscina worker entry. It marks the page started before the CPU-bound work so the pool can
 * time the page itself — not its wait in the queue or the worker's start-up — against
 * `--timeout`.
 */
export default function run(task: PooledTask): PageResult {
  const { started, ...page } = task;
  markStarted(started);
  return renderPage(page);
}
