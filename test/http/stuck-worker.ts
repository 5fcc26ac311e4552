import type { PageResult } from '../../src/worker/render.ts';
import { markStarted, type StartCell } from '../../src/worker/start-signal.ts';

/**
 * Test double for the page pool's worker that follows its protocol (mark the page started first)
 * and then never returns, like a page stuck in synchronous code: only terminating the
 * thread ends it, which is what the server's time budget must do.
 */
export default function stuck(task: { started?: StartCell }): PageResult {
  markStarted(task.started);
  for (;;) {
    // busy forever
  }
}
