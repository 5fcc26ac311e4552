import type { MessagePort } from 'node:worker_threads';
import { type PageResult, type PageTask, renderPage } from './render.ts';
import { warmUpWorker } from './warm-up.ts';

warmUpWorker();

/** A task as the pool sends it: the page plus the port on which the worker says it started. */
export interface PooledTask extends PageTask {
  started?: MessagePort;
}

/**
 * Piscina worker entry. It signals "started" before the CPU-bound work so the pool can
 * time the page itself — not its wait in the queue or the worker's start-up — against
 * `--timeout`.
 */
export default function run(task: PooledTask): PageResult {
  const { started, ...page } = task;
  started?.postMessage('started');
  started?.close();
  return renderPage(page);
}
