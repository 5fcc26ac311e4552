/**
 * One page fetched for the API (`POST /extract {url}`): redirects followed by hand so each
 * hop goes through the guarded transport (address checked after DNS, on every hop), one
 * time budget for the whole exchange, the size cap applied while the body streams.
 */
import { DatelineError, FetchError } from '../../errors.ts';
import type { HttpFetch, HttpResponse } from '../../ingest/crawl/http.ts';
import { gunzipBounded } from '../../ingest/gzip.ts';
import { collectBounded, tooLarge } from '../../ingest/limits.ts';
import type { Source } from '../../model.ts';

export interface SafeFetchOptions {
  /** The one-hop transport, normally `guardedHttp(...)`. */
  http: HttpFetch;
  /** Largest body accepted, in bytes (after gunzip). */
  maxBytes: number;
  /** Budget for every hop, headers and body, in milliseconds. */
  timeoutMs: number;
  /** Redirect hops followed. Default 5. */
  maxRedirects?: number;
}

/** Redirect statuses (RFC 9110 §15.4) whose `Location` is followed. */
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Fetches `input` into a `Source`; throws FetchError / LimitError with a readable message and a code. */
export async function safeFetch(input: string, options: SafeFetchOptions): Promise<Source> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    return await follow(input, options, signal);
  } catch (error) {
    if (error instanceof DatelineError) throw error;
    if (signal.aborted) {
      throw new FetchError(`Cannot fetch "${input}": timed out after ${options.timeoutMs} ms`, 'timeout');
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new FetchError(`Cannot fetch "${input}": ${reason}`, 'network', { cause: error });
  }
}

async function follow(input: string, options: SafeFetchOptions, signal: AbortSignal): Promise<Source> {
  const maxRedirects = options.maxRedirects ?? 5;
  const visited = new Set<string>();
  let url = new URL(input).href;
  for (let hop = 0; ; hop++) {
    visited.add(url);
    const response = await options.http({ url, headers: {}, signal });
    const location = response.headers.location;
    if (!REDIRECT_STATUSES.has(response.status) || location === undefined) {
      return read(input, url, response, options.maxBytes);
    }
    response.body.destroy?.();
    const next = new URL(location, url);
    next.hash = '';
    if (visited.has(next.href))
      throw new FetchError(`Cannot fetch "${input}": redirect loop at "${next.href}"`, 'redirect-loop');
    if (hop + 1 > maxRedirects) {
      throw new FetchError(
        `Cannot fetch "${input}": more than ${maxRedirects} redirects`,
        'too-many-redirects',
      );
    }
    url = next.href;
  }
}

async function read(input: string, url: string, response: HttpResponse, maxBytes: number): Promise<Source> {
  if (response.status < 200 || response.status >= 300) {
    response.body.destroy?.();
    throw new FetchError(`Cannot fetch "${input}": HTTP ${response.status}`, `http-${response.status}`);
  }
  if (Number(response.headers['content-length']) > maxBytes) {
    response.body.destroy?.();
    throw tooLarge('fetch', input, maxBytes);
  }
  const raw = await collectBounded(response.body, maxBytes, () => tooLarge('fetch', input, maxBytes));
  const encoding = response.headers['content-encoding']?.toLowerCase();
  const bytes =
    encoding === 'gzip' || encoding === 'x-gzip' ? await gunzipBounded(raw, input, maxBytes) : raw;
  const source: Source = { input, url, bytes, fetchedAt: new Date().toISOString() };
  const contentType = response.headers['content-type'];
  if (contentType) source.contentType = contentType;
  return source;
}
