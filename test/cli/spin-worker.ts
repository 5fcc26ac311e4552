import type { PageResult } from '../../src/worker/render.ts';
import { markStarted, type StartCell } from '../../src/worker/start-signal.ts';

/**
 * Test double for the pool's worker, following its protocol (mark the page started first): an
 * input named `spin…` never returns, like a page stuck in synchronous code; `busy-N` keeps
 * the thread busy for N ms of wall-clock time, like a slow page; any input is then echoed back.
 */
export default function spin(task: { started?: StartCell; source: { input: string } }): PageResult {
  markStarted(task.started);
  if (task.source.input.startsWith('spin')) {
    for (;;) {
      // busy forever: only terminating the thread ends this
    }
  }
  const busy = /^busy-(\d+)$/.exec(task.source.input);
  if (busy) {
    const until = Date.now() + Number(busy[1]);
    while (Date.now() < until) {
      // a slow page: synchronous work the worker finishes in time
    }
  }
  return { ok: true, output: `echo ${task.source.input}` };
}
