import type { PageTask } from '../../src/worker/render.ts';

/** A page task with no bytes, for test workers that ignore their page (they probe the pool). */
export function emptyPageTask(input = 'x', format: PageTask['format'] = 'json'): PageTask {
  return { source: { input, bytes: new Uint8Array() }, options: {}, format, explain: false };
}
