import { processSource } from '../../../pipeline.ts';
import type { PooledTask } from '../../../worker/entry.ts';
import type { PageResult } from '../../../worker/render.ts';
import { warmUpWorker } from '../../../worker/warm-up.ts';

warmUpWorker();

/**
 * Piscina worker for `dateline ingest`: the same page task as `extract`'s worker
 * (src/worker/entry.ts), but it returns the whole `Article` as JSON — the store maps the
 * model to rows, so no output format is rendered. One string crosses the thread boundary.
 */
export default function run(task: PooledTask): PageResult {
  const { started, source, options } = task;
  started?.postMessage('started');
  started?.close();
  try {
    return { ok: true, output: JSON.stringify(processSource(source, options)) };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: text.includes(`"${source.input}"`) ? text : `Cannot extract "${source.input}": ${text}`,
    };
  }
}
