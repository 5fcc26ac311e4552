import type { Source } from '../../model.ts';
import type { FetchRecord } from '../frontier.ts';
import { type Exchange, type ExchangeLimits, exchange } from './exchange.ts';
import type { HostScheduler } from './host-scheduler.ts';
import type { HttpFetch } from './http.ts';
import { RETRY_STATUSES, type RetryPolicy, retryDecision } from './retry.ts';
import type { RobotsCache } from './robots.ts';

export interface FetchLimits extends ExchangeLimits {
  /** Redirect hops followed before giving up. */
  maxRedirects: number;
  retry: RetryPolicy;
  /** Spacing between two requests to one host when robots.txt names no `Crawl-delay`. */
  delayMs: number;
  /** Largest `Crawl-delay` obeyed; a longer one is cut to this (a day-long delay would stall the crawl). */
  maxCrawlDelayMs: number;
}

export interface FetchContext {
  http: HttpFetch;
  scheduler: HostScheduler;
  robots: RobotsCache;
  limits: FetchLimits;
  signal: AbortSignal;
}

/** What one frontier URL gave. `record` is what the frontier keeps. */
export type FetchOutcome =
  | { kind: 'page'; source: Source; record: FetchRecord }
  | { kind: 'xml' | 'json'; url: string; bytes: Uint8Array; contentType?: string; record: FetchRecord }
  | { kind: 'not-modified'; record: FetchRecord }
  | { kind: 'failed'; record: FetchRecord };

/** Redirect statuses (RFC 9110 §15.4) whose `Location` we follow. */
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches one URL politely: each hop checked against its origin's robots.txt and sent in its
 * host's turn; redirects followed by hand with a hop limit and loop detection; 429/5xx retried
 * with backoff or `Retry-After`. Throws only when the crawl's signal aborts (the caller releases
 * the URL); every other failure is a `failed` outcome with a readable reason.
 */
export async function fetchDocument(
  url: string,
  conditional: Record<string, string>,
  ctx: FetchContext,
): Promise<FetchOutcome> {
  const visited = new Set<string>();
  let current = url;
  for (let hop = 0; ; hop++) {
    visited.add(current);
    const rules = await ctx.robots.rulesFor(current);
    // A robots.txt fetch cut short by the crawl's stop reads as "unreachable": never record that.
    ctx.signal.throwIfAborted();
    if (!rules.allowed(current)) return failed(url, 0, `disallowed by robots.txt (${current})`);
    ctx.scheduler.setDelay(new URL(current).host, hostDelay(rules.crawlDelayMs, ctx.limits));
    // Validators belong to the URL asked for; a redirect target gets a plain GET.
    const answer = await withRetries(current, hop === 0 ? conditional : {}, ctx);
    if ('error' in answer) return failed(url, answer.status, answer.error);
    const location = answer.headers.location;
    if (!REDIRECT_STATUSES.has(answer.status) || location === undefined) return settle(url, current, answer);
    const next = redirectTarget(current, location);
    if (next === undefined) return failed(url, answer.status, `bad redirect location "${location}"`);
    if (visited.has(next)) return failed(url, answer.status, `redirect loop at ${next}`);
    if (hop + 1 > ctx.limits.maxRedirects) {
      return failed(url, answer.status, `more than ${ctx.limits.maxRedirects} redirects`);
    }
    current = next;
  }
}

/** One hop, retried on 429/5xx; waits go through the host scheduler so they delay the whole host. */
async function withRetries(
  url: string,
  headers: Record<string, string>,
  ctx: FetchContext,
): Promise<Exchange | { status: number; error: string }> {
  const host = new URL(url).host;
  for (let attempt = 0; ; attempt++) {
    let answer: Exchange;
    try {
      answer = await ctx.scheduler.run(
        host,
        () => exchange(ctx.http, url, headers, ctx.limits, ctx.signal),
        ctx.signal,
      );
    } catch (error) {
      if (ctx.signal.aborted) throw error;
      return { status: 0, error: describeNetworkError(error, ctx.limits.timeoutMs) };
    }
    const decision = retryDecision(answer.status, answer.headers['retry-after'], attempt, ctx.limits.retry);
    if (!decision.retry) {
      // A retryable status we gave up on says why (tries, cap); other statuses speak for themselves.
      return RETRY_STATUSES.has(answer.status) ? { status: answer.status, error: decision.reason } : answer;
    }
    ctx.scheduler.pushBack(host, decision.waitMs);
  }
}

function settle(url: string, finalUrl: string, answer: Exchange): FetchOutcome {
  const record = recordOf(url, answer.status, answer.headers);
  if (answer.status === 304) return { kind: 'not-modified', record };
  if (answer.status < 200 || answer.status >= 300) return failed(url, answer.status, `HTTP ${answer.status}`);
  if (answer.refused !== undefined || !answer.kind || !answer.bytes) {
    return { kind: 'failed', record: { ...record, error: answer.refused ?? 'empty response' } };
  }
  const contentType = answer.headers['content-type'];
  if (answer.kind !== 'page') {
    const listing = { kind: answer.kind, url: finalUrl, bytes: answer.bytes, record };
    return contentType ? { ...listing, contentType } : listing;
  }
  const source: Source = { input: url, url: finalUrl, bytes: answer.bytes, fetchedAt: record.fetchedAt };
  if (contentType) source.contentType = contentType;
  return { kind: 'page', source, record };
}

/** Our spacing or the site's `Crawl-delay`, whichever is longer, within the cap. */
function hostDelay(crawlDelayMs: number | undefined, limits: FetchLimits): number {
  return Math.max(limits.delayMs, Math.min(crawlDelayMs ?? 0, limits.maxCrawlDelayMs));
}

function recordOf(
  url: string,
  status: number,
  headers: Readonly<Record<string, string | undefined>>,
): FetchRecord {
  const record: FetchRecord = { url, status, fetchedAt: new Date().toISOString() };
  if (headers.etag) record.etag = headers.etag;
  if (headers['last-modified']) record.lastModified = headers['last-modified'];
  return record;
}

function failed(url: string, status: number, error: string): FetchOutcome {
  return { kind: 'failed', record: { url, status, error, fetchedAt: new Date().toISOString() } };
}

/** Absolute http(s) target of a `Location`, fragment dropped; undefined when unusable. */
function redirectTarget(from: string, location: string): string | undefined {
  try {
    const next = new URL(location, from);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') return undefined;
    next.hash = '';
    return next.href;
  } catch {
    return undefined;
  }
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
  const code = (error as { code?: unknown } | null)?.code;
  const text = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
}
