/**
 * What `POST /ingest` runs: the polite crawler (src/ingest/crawl) over the store's
 * frontier, with the SSRF-guarded transport, each page through the pipeline into the
 * store, then the corpus regrouped (near-duplicates and stories: the CLI's `regroup`).
 */
import { describeError } from '../../errors.ts';
import type { HttpFetch } from '../../ingest/crawl/http.ts';
import { crawl } from '../../ingest/crawl/index.ts';
import { processSource } from '../../pipeline.ts';
import type { Store } from '../../store/index.ts';
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
      try {
        // In the server's own thread, so the page's budget (src/util/page-budget.ts) is its bound.
        const article = processSource(source, {
          url: source.url,
          maxBytes: config.maxPageBytes,
          timeoutMs: config.extractTimeoutMs,
        });
        const put = await store.putArticle(article, {
          input: source.input,
          url: source.url,
          contentType: source.contentType,
          fetchedAt: source.fetchedAt,
        });
        const fresh = put.status === 'inserted' || put.status === 'updated';
        job.update((p) => (fresh ? { ...p, stored: p.stored + 1 } : { ...p, unchanged: p.unchanged + 1 }));
      } catch (error) {
        await store.recordFailure(source.input, describeError(error));
        job.update((p) => ({ ...p, failed: p.failed + 1 }));
        job.fail(`${source.input}: ${describeError(error)}`);
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
