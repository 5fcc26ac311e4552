/**
 * When and how long to wait before asking again. RFC 9110 §10.2.3: `Retry-After` is either
 * delay-seconds or an HTTP-date; RFC 6585 §4 (429) and RFC 9110 §15.6.4 (503) use it.
 */

/** Statuses worth another try: the server says "later", not "never". */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([
  408, // Request Timeout: the server gave up waiting on us
  425, // Too Early
  429, // Too Many Requests: slow down (RFC 6585 §4)
  500, // Internal Server Error: often a transient deploy or overload
  502, // Bad Gateway: upstream flapping
  503, // Service Unavailable: overload or maintenance (RFC 9110 §15.6.4)
  504, // Gateway Timeout
]);

export interface RetryPolicy {
  /** Further tries after the first one. */
  maxRetries: number;
  /** First backoff when the server gives no `Retry-After`; doubled on each try. */
  baseDelayMs: number;
  /** Longest wait accepted: a `Retry-After` beyond it fails the URL instead of stalling the crawl. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 60_000 };

/** Milliseconds asked by a `Retry-After` value, or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export type RetryDecision = { retry: true; waitMs: number } | { retry: false; reason: string };

/** Whether try number `attempt` (0-based) that got `status` is retried, and after how long. */
export function retryDecision(
  status: number,
  retryAfter: string | undefined,
  attempt: number,
  policy: RetryPolicy,
): RetryDecision {
  if (!RETRY_STATUSES.has(status)) return { retry: false, reason: `HTTP ${status}` };
  if (attempt >= policy.maxRetries) {
    return { retry: false, reason: `HTTP ${status} after ${attempt + 1} tries` };
  }
  const asked = parseRetryAfter(retryAfter);
  if (asked !== undefined && asked > policy.maxDelayMs) {
    return {
      retry: false,
      reason: `HTTP ${status}: Retry-After ${asked} ms is above the ${policy.maxDelayMs} ms cap`,
    };
  }
  const backoff = Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
  return { retry: true, waitMs: asked ?? backoff };
}
