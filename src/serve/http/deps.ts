/** What every route needs, built once by `createApp()` and passed explicitly (no module state). */
import type { HttpFetch } from '../../ingest/crawl/http.ts';
import type { Store } from '../../store/index.ts';
import type { ArticleRecord } from '../../store/record.ts';
import type { PagePool } from '../../worker/pool.ts';
import type { ServeConfig } from './config.ts';
import type { JobBoard } from './jobs.ts';

export interface AppDeps {
  store: Store;
  config: ServeConfig;
  /** The SSRF-guarded one-hop transport used by /extract {url} and /ingest. */
  http: HttpFetch;
  jobs: JobBoard;
  /**
   * Worker threads for `POST /extract`, each page bounded by a time budget, so a
   * pathological page never blocks the server. Absent: pages run in-process (tests).
   */
  pages?: PagePool;
  /** Worker threads for `POST /ingest` jobs' pages, mapped to store rows. Absent: in-process. */
  records?: PagePool<ArticleRecord>;
}
