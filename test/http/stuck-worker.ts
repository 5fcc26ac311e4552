import type { MessagePort } from 'node:worker_threads';
import type { PageResult } from '../../src/worker/render.ts';

/**
 * Test double for the page pool's worker that follows its protocol (say "started" first)
 * and then never returns, like a page stuck in synchronous code: only terminating the
 * thread ends it, which is what the server's time budget must do.
 */
export default function stuck(task: { started?: MessagePort }): PageResult {
  task.started?.postMessage('started');
  for (;;) {
    // busy forever
  }
}
