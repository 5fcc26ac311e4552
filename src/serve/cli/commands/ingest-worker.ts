import { processSource } from '../../../pipeline.ts';
import { type ArticleRecord, articleRecord } from '../../../store/record.ts';
import type { PooledTask } from '../../../worker/entry.ts';
import { describeFailure, type PageResult } from '../../../worker/render.ts';
import { markStarted } from '../../../worker/start-signal.ts';
import { warmUpWorker } from '../../../worker/warm-up.ts';

warmUpWorker();

/**
 * Piscina worker for `dateline ingest`: the same page task as `extract`'s worker
 * (src/worker/entry.ts), but it returns the article already mapped to the store's rows
 * (src/store/record.ts), so the thread that writes only binds them to prepared
 * statements. The record is plain data and crosses the thread boundary as a structured
 * clone; the earlier `JSON.stringify(article)` here and `JSON.parse` there cost more
 * (issue 5).
 */
export default function run(task: PooledTask): PageResult<ArticleRecord> {
  const { started, source, options } = task;
  markStarted(started);
  try {
    return { ok: true, output: articleRecord(processSource(source, options)) };
  } catch (error) {
    return { ok: false, error: describeFailure(source.input, error) };
  }
}
