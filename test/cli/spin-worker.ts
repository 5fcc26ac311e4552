import type { MessagePort } from 'node:worker_threads';
import type { PageResult } from '../../src/worker/render.ts';

/**
 * Test double for the pool's worker, following its protocol (say "started" first): an
 * input named `spin…` never returns, like a page stuck in synchronous code; any other
 * input is echoed back at once.
 */
export default function spin(task: { started?: MessagePort; source: { input: string } }): PageResult {
  task.started?.postMessage('started');
  if (task.source.input.startsWith('spin')) {
    for (;;) {
      // busy forever: only terminating the thread ends this
    }
  }
  return { ok: true, output: `echo ${task.source.input}` };
}
