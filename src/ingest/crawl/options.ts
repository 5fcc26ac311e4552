import type { Source } from '../../model.ts';
import type { Frontier } from '../frontier.ts';
import { USER_AGENT } from '../user-agent.ts';
import type { FetchLimits } from './fetch-document.ts';
import { type HttpFetch, undiciFetch } from './http.ts';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.ts';

/** What happened to one URL, for progress bars and logs. */
export type CrawlEvent =
  | { type: 'page'; url: string; finalUrl: string; bytes: number }
  | {
      type: 'listing';
      url: string;
      listing: 'feed' | 'sitemap' | 'sitemapindex';
      entries: number;
      added: number;
    }
  | { type: 'not-modified'; url: string }
  | { type: 'failed'; url: string; status: number; error: string };

export interface CrawlOptions {
  frontier: Frontier;
  /** Receives each page; the URL is marked done only after it resolves (so "done" means stored). */
  onPage(source: Source): Promise<void>;
  /** Pages handed to `onPage` before the crawl stops. Default 1000. */
  maxPages?: number;
  /** Link hops followed from a seed page. Default 1; feed and sitemap entries keep the listing's depth. */
  maxDepth?: number;
  /** Follow page links only to the seeds' hosts. Default true (feed and sitemap entries are always taken). */
  sameHostOnly?: boolean;
  /** Spacing between requests to one host, in ms; a longer robots.txt `Crawl-delay` wins. Default 1000. */
  delayMs?: number;
  /** Stops the crawl: in-flight URLs go back to pending, finished ones stay done. */
  signal?: AbortSignal;
  /** Transport (tests inject fakes); default undici `request` with our user agent. */
  fetch?: HttpFetch;
  /** The `User-Agent` header sent. Default `Dateline/<version> (+url)`. */
  userAgent?: string;
  /** Product token matched against robots.txt `User-agent:` lines. Default `Dateline`. */
  agentToken?: string;
  /** Hosts fetched at the same time (each host is always one at a time). Default 4. */
  concurrency?: number;
  /** Page body cap after gunzip. Default 5 MiB. */
  maxBytes?: number;
  /** Feed/sitemap body cap after gunzip. Default 50 MiB (sitemaps.org limit). */
  maxXmlBytes?: number;
  /** Per-request budget (headers and body), ms. Default 30 000. */
  timeoutMs?: number;
  /** Redirect hops per URL. Default 5. */
  maxRedirects?: number;
  retry?: Partial<RetryPolicy>;
  /** Longest robots.txt `Crawl-delay` obeyed, ms. Default 30 000. */
  maxCrawlDelayMs?: number;
  /** Feeds and sitemaps read per run (bounds sitemap-index recursion). Default 1000. */
  maxListings?: number;
  onEvent?(event: CrawlEvent): void;
}

export interface CrawlConfig {
  frontier: Frontier;
  onPage(source: Source): Promise<void>;
  onEvent(event: CrawlEvent): void;
  maxPages: number;
  maxDepth: number;
  sameHostOnly: boolean;
  concurrency: number;
  maxListings: number;
  http: HttpFetch;
  agentToken: string;
  limits: FetchLimits;
}

export function resolveCrawlOptions(options: CrawlOptions): CrawlConfig {
  const userAgent = options.userAgent ?? USER_AGENT;
  return {
    frontier: options.frontier,
    onPage: options.onPage,
    onEvent: options.onEvent ?? (() => undefined),
    maxPages: options.maxPages ?? 1000,
    maxDepth: options.maxDepth ?? 1,
    sameHostOnly: options.sameHostOnly ?? true,
    concurrency: Math.max(1, options.concurrency ?? 4),
    maxListings: options.maxListings ?? 1000,
    http: options.fetch ?? undiciFetch(userAgent),
    agentToken: options.agentToken ?? userAgent.split('/')[0] ?? 'Dateline',
    limits: {
      maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
      maxXmlBytes: options.maxXmlBytes ?? 50 * 1024 * 1024,
      timeoutMs: options.timeoutMs ?? 30_000,
      maxRedirects: options.maxRedirects ?? 5,
      retry: { ...DEFAULT_RETRY, ...options.retry },
      delayMs: options.delayMs ?? 1000,
      maxCrawlDelayMs: options.maxCrawlDelayMs ?? 30_000,
    },
  };
}
