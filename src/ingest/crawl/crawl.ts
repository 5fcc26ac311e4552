import { InputError } from '../../errors.ts';
import type { FetchRecord, FrontierEntry } from '../frontier.ts';
import { deadline } from './deadline.ts';
import { type FetchContext, type FetchOutcome, fetchDocument } from './fetch-document.ts';
import { HostScheduler } from './host-scheduler.ts';
import { type CrawlConfig, type CrawlOptions, resolveCrawlOptions } from './options.ts';
import { processOutcome } from './outcome.ts';
import { RobotsCache } from './robots.ts';

export interface CrawlStats {
  /** Pages handed to `onPage`. */
  pages: number;
  /** Feeds and sitemaps read. */
  listings: number;
  /** URLs answered 304 Not Modified. */
  notModified: number;
  /** URLs that failed for good (robots, HTTP error, type, size, timeout, redirects). */
  failed: number;
  /** New URLs added to the frontier (seeds included). */
  discovered: number;
  /** True when the signal stopped the crawl before the frontier ran dry. */
  aborted: boolean;
}

/**
 * Crawls from `seeds` politely (robots.txt, per-host spacing, conditional GET, retries, caps;
 * see docs/ingest.md). Seeds may be pages, feeds or sitemaps: the response decides. The frontier
 * holds the progress, so calling `crawl` again after a stop resumes: finished URLs are never
 * fetched again, unfinished ones were released back to pending.
 */
export async function crawl(seeds: string[], options: CrawlOptions): Promise<CrawlStats> {
  const config = resolveCrawlOptions(options);
  const stop = new AbortController();
  const onAbort = (): void => stop.abort(options.signal?.reason);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const run = new CrawlRun(config, fetchContext(config, stop.signal), stop);
    const entries = seeds.map((url) => ({ url: seedUrl(url), depth: 0 }));
    run.stats.discovered += await config.frontier.add(entries);
    await run.loop(new Set(entries.map((entry) => new URL(entry.url).host)));
    return { ...run.stats, aborted: options.signal?.aborted ?? false };
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** A seed as the frontier keys it: absolute http(s), no fragment. */
function seedUrl(input: string): string {
  const url = URL.canParse(input) ? new URL(input) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new InputError(`Cannot crawl "${input}": not an http(s) URL`, 'bad-url');
  }
  url.hash = '';
  return url.href;
}

function fetchContext(config: CrawlConfig, signal: AbortSignal): FetchContext {
  const scheduler = new HostScheduler(config.limits.delayMs);
  const robotsGet = (url: string) =>
    scheduler.run(
      new URL(url).host,
      () =>
        config.http({
          url,
          headers: {},
          // Left armed: robots.txt is read after this returns, and the deadline covers that read too.
          signal: deadline(signal, config.limits.timeoutMs).signal,
        }),
      signal,
    );
  const robots = new RobotsCache(config.agentToken, robotsGet);
  return { http: config.http, scheduler, robots, limits: config.limits, signal };
}

class CrawlRun {
  readonly stats: CrawlStats = {
    pages: 0,
    listings: 0,
    notModified: 0,
    failed: 0,
    discovered: 0,
    aborted: false,
  };
  readonly #config: CrawlConfig;
  readonly #ctx: FetchContext;
  readonly #stop: AbortController;

  constructor(config: CrawlConfig, ctx: FetchContext, stop: AbortController) {
    this.#config = config;
    this.#ctx = ctx;
    this.#stop = stop;
  }

  async loop(seedHosts: ReadonlySet<string>): Promise<void> {
    const { frontier, maxPages, concurrency } = this.#config;
    while (!this.#ctx.signal.aborted && this.stats.pages < maxPages) {
      // Never claim more than the pages still allowed: each entry gives at most one page.
      const batch = await frontier.claim(Math.min(concurrency * 4, maxPages - this.stats.pages));
      if (batch.length === 0) return;
      await this.#runBatch(batch, seedHosts);
    }
  }

  /** `concurrency` workers over the batch; the host scheduler keeps each host one at a time. */
  async #runBatch(batch: readonly FrontierEntry[], seedHosts: ReadonlySet<string>): Promise<void> {
    const unfinished: string[] = [];
    let fatal: { error: unknown } | undefined;
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let entry = batch[next++]; entry !== undefined; entry = batch[next++]) {
        if (this.#ctx.signal.aborted) {
          unfinished.push(entry.url);
          continue;
        }
        try {
          await this.#process(entry, seedHosts);
        } catch (error) {
          unfinished.push(entry.url);
          if (!this.#ctx.signal.aborted) {
            fatal = { error };
            this.#stop.abort(error);
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#config.concurrency, batch.length) }, worker));
    if (unfinished.length > 0) await this.#config.frontier.release(unfinished);
    if (fatal) throw fatal.error;
  }

  async #process(entry: FrontierEntry, seedHosts: ReadonlySet<string>): Promise<void> {
    const validators = await this.#config.frontier.validators(entry.url);
    const outcome: FetchOutcome = await fetchDocument(entry.url, conditionalHeaders(validators), this.#ctx);
    const record: FetchRecord = await processOutcome(outcome, entry, validators, {
      config: this.#config,
      stats: this.stats,
      seedHosts,
    });
    await this.#config.frontier.complete(record);
  }
}

/** RFC 9110 §13.1: `If-None-Match` from the ETag, `If-Modified-Since` from Last-Modified. */
function conditionalHeaders(
  validators: { etag?: string; lastModified?: string } | undefined,
): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}
