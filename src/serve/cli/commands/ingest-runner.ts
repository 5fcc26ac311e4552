/**
 * The ingest engine shared by every source kind: skip what the store already recorded
 * (resume), extract in the worker pool (which also maps each article to its rows), store
 * the articles a batch per transaction (./ingest-batch.ts: a killed run loses only pages
 * in flight and the batch not yet committed), count outcomes.
 */
import type { InputKind, Source } from '../../../model.ts';
import type { OptionsInit } from '../../../options.ts';
import type { ArticleRecord, PutStatus, Store } from '../../../store/index.ts';
import { createPagePool } from '../../../worker/pool.ts';
import type { PageResult, PageTask } from '../../../worker/render.ts';
import { tuneForBatch } from '../../../worker/v8-tuning.ts';
import type { Progress } from '../progress.ts';
import { createWriteBatcher } from './ingest-batch.ts';

export interface IngestPlan {
  jobs: number;
  /** Per-page extraction budget; 0 runs in-process without workers. */
  timeoutMs: number;
  maxBytes: number;
  from?: InputKind;
}

export type IngestCounts = Record<PutStatus | 'failed' | 'skipped', number>;

export interface IngestRunner {
  /** True when a previous run stored this input (or found it a duplicate): it is not extracted again. */
  seen(input: string): Promise<boolean>;
  /**
   * Extracts one page and queues it for the store (committed with its batch, at the latest on
   * close()). `commit`: written before this returns — for the crawler, which marks the URL done
   * in its frontier right after, so a killed crawl must not have a done URL without its article.
   */
  put(source: Source, commit?: boolean): Promise<void>;
  /** Records an input that could not be read or fetched. */
  fail(input: string, error: string): Promise<void>;
  counts(): IngestCounts;
  failures(): Array<{ input: string; error: string }>;
  close(): Promise<void>;
}

type Extractor = (task: PageTask) => Promise<PageResult<ArticleRecord>>;

export async function createIngestRunner(
  store: Store,
  plan: IngestPlan,
  progress: Progress,
): Promise<IngestRunner> {
  const pool =
    plan.timeoutMs > 0
      ? createPagePool<ArticleRecord>({
          threads: plan.jobs,
          timeoutMs: plan.timeoutMs,
          filename: new URL('./ingest-worker.ts', import.meta.url),
        })
      : undefined;
  const extract: Extractor = pool ? (task) => pool.run(task) : await inProcess();
  const counts: IngestCounts = { inserted: 0, updated: 0, duplicate: 0, unchanged: 0, failed: 0, skipped: 0 };
  const failures: Array<{ input: string; error: string }> = [];
  const fail = async (input: string, error: string): Promise<void> => {
    await store.recordFailure(input, error);
    counts.failed += 1;
    failures.push({ input, error });
    progress.tick();
  };
  const batcher = createWriteBatcher(store, async (origin, outcome) => {
    if (!outcome.ok) return fail(origin.input, outcome.error);
    counts[outcome.result.status] += 1;
    progress.tick();
  });
  const options: OptionsInit = { maxBytes: plan.maxBytes, timeoutMs: plan.timeoutMs, from: plan.from };
  return {
    async seen(input) {
      // Failed inputs are tried again: their cause (a network error, a missing file) may be gone.
      const record = await store.ingested(input);
      const known = record !== undefined && record.status !== 'failed';
      if (known) counts.skipped += 1;
      return known;
    },
    async put(source, commit = false) {
      const result = await extract({
        source,
        options: { ...options, url: source.url },
        format: 'json',
        explain: false,
      });
      if (!result.ok) return fail(source.input, result.error);
      const origin = {
        input: source.input,
        url: source.url,
        contentType: source.contentType,
        fetchedAt: source.fetchedAt,
      };
      await batcher.add(result.output, origin);
      if (commit) await batcher.flush();
    },
    fail,
    counts: () => ({ ...counts }),
    failures: () => [...failures],
    async close() {
      try {
        await batcher.flush();
      } finally {
        await pool?.close();
      }
    },
  };
}

/** `--timeout 0`: the pipeline in this thread (no worker start-up, no per-page bound). */
async function inProcess(): Promise<Extractor> {
  const { default: run } = await import('./ingest-worker.ts');
  tuneForBatch();
  return async (task) => run(task);
}

/**
 * Runs `work` over an async stream with `lanes` calls in flight, so reading the next
 * source overlaps extracting the previous ones (async generators queue concurrent `next()`).
 */
export async function drain<T>(
  items: AsyncIterable<T>,
  lanes: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.asyncIterator]();
  const lane = async (): Promise<void> => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
}
