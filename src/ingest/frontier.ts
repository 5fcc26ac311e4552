/**
 * The crawl frontier: which URLs are known, which are waiting, which are being fetched,
 * and what each fetch returned. The store implements it in SQLite (src/store) so a killed
 * crawl resumes where it stopped (issue 5: "the frontier and progress live in the store");
 * `MemoryFrontier` (src/ingest/crawl/memory-frontier.ts) implements it for tests.
 *
 * Contract for implementations:
 * - a URL is known once: `add` ignores URLs already present, whatever their state;
 * - `claim` moves pending entries to in-progress, oldest first (breadth-first by insertion);
 * - `complete` marks a URL done or failed for good — it is never claimed again, so nothing
 *   is fetched twice across restarts; the record's validators are kept for conditional GET;
 * - `release` puts in-progress URLs back to pending (a crawler that stops or restarts).
 * - a crawler that was killed (SIGKILL, power cut) never got to `release`: a persistent
 *   implementation must treat entries left in-progress by a dead run as pending again when a
 *   new run opens it (e.g. reset them on open, or key in-progress marks by a run id).
 */

export interface FrontierEntry {
  /** Absolute URL, fragment removed (normalised by the crawler before `add`). */
  url: string;
  /** Link hops from a seed (seeds are 0; URLs a feed or sitemap lists keep its depth: a list of articles is not a page of links). */
  depth: number;
  /** The feed or sitemap URL that named this entry, when it came from one. */
  source?: string;
  /** Date the feed or sitemap gave for the entry (ISO 8601 as found), used to order or skip. */
  lastmod?: string;
}

export interface FetchRecord {
  url: string;
  /** HTTP status of the final response (304 = unchanged); 0 when no response came (network, robots, limit). */
  status: number;
  /** `ETag` of the response, for `If-None-Match` next time. */
  etag?: string;
  /** `Last-Modified` of the response, for `If-Modified-Since` next time. */
  lastModified?: string;
  /** Why the fetch failed, as a readable sentence; absent when it succeeded. */
  error?: string;
  /** When the fetch finished (ISO 8601). */
  fetchedAt: string;
}

export interface Frontier {
  /** Adds entries; returns how many were new (known URLs are ignored). */
  add(entries: FrontierEntry[]): Promise<number>;
  /** Up to `limit` pending entries, marked in-progress. */
  claim(limit: number): Promise<FrontierEntry[]>;
  /** Marks a URL done (or failed) — it is never fetched twice, even after a restart. */
  complete(record: FetchRecord): Promise<void>;
  /** Validators from the last fetch of `url`, for a conditional GET. */
  validators(url: string): Promise<{ etag?: string; lastModified?: string } | undefined>;
  /** In-progress entries back to pending (on stop or restart). */
  release(urls: string[]): Promise<void>;
}
