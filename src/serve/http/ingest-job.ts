/**
 * What `POST /ingest` runs: the polite crawler (src/ingest/crawl) over the store's
 * frontier, with the SSRF-guarded transport, each page through the pipeline into the
 * store, then the corpus regrouped (near-duplicates and stories: the CLI's `regroup`).
 * Pages are extracted by the server's worker pool when it has one, so a slow page holds a
 * worker thread and not the event loop that answers every other request.
 */
import { describeError } from '../../errors.ts';
import type { HttpFetch } from '../../ingest/crawl/http.ts';
import { crawl } from '../../ingest/crawl/index.ts';
import type { OptionsInit } from '../../options.ts';
import type { Store } from '../../store/index.ts';
import type { ArticleRecord } from '../../store/record.ts';
import type { PagePool } from '../../worker/pool.ts';
import type { PageResult, PageTask } from '../../worker/render.ts';
import { regroup } from '../cli/commands/group.ts';
import type { ServeConfig } from './config.ts';
import type { JobHandle } from './jobs.ts';

export interface IngestJobInit {
  store: Store;
  config: ServeConfig;
  /** The guarded transport. */
  http: HttpFetch;
  target: string;
  maxPages: number;
  /** Workers that map a page to its store rows (the CLI ingest's worker); absent: in this thread. */
  records?: PagePool<ArticleRecord>;
}

export async function runIngestJob(init: IngestJobInit, job: JobHandle): Promise<void> {
  const { store, config } = init;
  await crawl([init.target], {
    frontier: store.frontier,
    fetch: init.http,
    maxPages: init.maxPages,
    maxDepth: 0,
    delayMs: config.crawlDelayMs,
    maxBytes: config.maxPageBytes,
    timeoutMs: config.fetchTimeoutMs,
    signal: job.signal,
    async onPage(source) {
      job.update((p) => ({ ...p, pages: p.pages + 1 }));
      const origin = {
        input: source.input,
        url: source.url,
        contentType: source.contentType,
        fetchedAt: source.fetchedAt,
      };
      const options: OptionsInit = {
        url: source.url,
        maxBytes: config.maxPageBytes,
        timeoutMs: config.extractTimeoutMs,
      };
      const failed = async (error: string): Promise<void> => {
        await store.recordFailure(source.input, error);
        job.update((p) => ({ ...p, failed: p.failed + 1 }));
        job.fail(`${source.input}: ${error}`);
      };
      const rows = await recordOf(init.records, { source, options, format: 'json', explain: false });
      if (!rows.ok) return failed(rows.error);
      try {
        const put = await store.putRecord(rows.output, origin);
        const fresh = put.status === 'inserted' || put.status === 'updated';
        job.update((p) => (fresh ? { ...p, stored: p.stored + 1 } : { ...p, unchanged: p.unchanged + 1 }));
      } catch (error) {
        await failed(describeError(error));
      }
    },
    onEvent(event) {
      if (event.type === 'listing') job.update((p) => ({ ...p, listings: p.listings + 1 }));
      if (event.type === 'failed') {
        job.update((p) => ({ ...p, failed: p.failed + 1 }));
        job.fail(`${event.url}: ${event.error}`);
      }
    },
  });
  await regroup(store);
}

/**
 * The page's store rows, from a worker when there is a pool; else from the same worker
 * function in this thread (tests, or a server built without a pool), as the CLI's
 * `--timeout 0` does, where the page's budget (src/util/page-budget.ts) is its only bound.
 */
async function recordOf(
  records: PagePool<ArticleRecord> | undefined,
  task: PageTask,
): Promise<PageResult<ArticleRecord>> {
  if (records) return records.run(task);
  const { default: run } = await import('../cli/commands/ingest-worker.ts');
  return run(task);
}
