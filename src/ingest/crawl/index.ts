/** The polite crawler (docs/ingest.md). */
export { type CrawlStats, crawl } from './crawl.ts';
export type { HttpFetch, HttpRequest, HttpResponse } from './http.ts';
export { undiciFetch } from './http.ts';
export { MemoryFrontier } from './memory-frontier.ts';
export type { CrawlEvent, CrawlOptions } from './options.ts';
export { DEFAULT_RETRY, parseRetryAfter, type RetryPolicy } from './retry.ts';
