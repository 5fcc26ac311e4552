import type { IncomingHttpHeaders } from 'node:http';
import { type Dispatcher, request } from 'undici';
import { DatelineError, FetchError } from '../errors.ts';
import type { InputKind, Source } from '../model.ts';
import { gunzipBounded } from './gzip.ts';
import { collectBounded, tooLarge } from './limits.ts';
import { USER_AGENT } from './user-agent.ts';

export interface FetchOptions {
  /** Largest body accepted, in bytes (after gunzip). */
  maxBytes: number;
  /** Budget for the whole fetch — every redirect hop, headers and body — in milliseconds. */
  timeoutMs: number;
  /** Redirect hops followed before giving up. Default 10. */
  maxRedirects?: number;
  from?: InputKind;
  userAgent?: string;
  /** An undici dispatcher (agent, mock) to use instead of the global one. */
  dispatcher?: Dispatcher;
}

/** Redirect statuses (RFC 9110 §15.4) whose `Location` is followed. */
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches one page into a `Source` with undici `request`: redirects followed by hand
 * (limit + loop detection, so each hop is visible and bounded), one timeout for the
 * whole exchange, the size cap applied while the body streams. The `Content-Type` is
 * recorded on the Source; decode refuses types that are neither HTML nor text.
 */
export async function fetchUrl(input: string, options: FetchOptions): Promise<Source> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    return await followRedirects(input, options, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) {
      throw new FetchError(`Cannot fetch "${input}": timed out after ${options.timeoutMs} ms`, 'timeout', {
        cause: error,
      });
    }
    if (error instanceof DatelineError) throw error;
    throw new FetchError(`Cannot fetch "${input}": ${describeNetworkError(error)}`, 'network', {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(input: string, options: FetchOptions, signal: AbortSignal): Promise<Source> {
  const maxRedirects = options.maxRedirects ?? 10;
  const visited = new Set<string>();
  let url = new URL(input).href;
  for (let hop = 0; ; hop++) {
    visited.add(url);
    const response = await request(url, {
      method: 'GET',
      headers: { 'user-agent': options.userAgent ?? USER_AGENT, 'accept-encoding': 'gzip' },
      signal,
      dispatcher: options.dispatcher,
    });
    const location = header(response.headers, 'location');
    if (!REDIRECT_STATUSES.has(response.statusCode) || location === undefined) {
      return readResponse(input, url, response, options);
    }
    await response.body.dump();
    const next = nextUrl(input, url, location);
    if (visited.has(next))
      throw new FetchError(`Cannot fetch "${input}": redirect loop at "${next}"`, 'redirect-loop');
    if (hop + 1 > maxRedirects) {
      throw new FetchError(
        `Cannot fetch "${input}": more than ${maxRedirects} redirects`,
        'too-many-redirects',
      );
    }
    url = next;
  }
}

function nextUrl(input: string, from: string, location: string): string {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new FetchError(`Cannot fetch "${input}": bad redirect location "${location}"`, 'bad-redirect');
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new FetchError(
      `Cannot fetch "${input}": redirect to unsupported "${next.protocol}" URL`,
      'bad-redirect',
    );
  }
  next.hash = '';
  return next.href;
}

async function readResponse(
  input: string,
  url: string,
  response: Dispatcher.ResponseData,
  options: FetchOptions,
): Promise<Source> {
  const { statusCode, headers, body } = response;
  if (statusCode < 200 || statusCode >= 300) {
    await body.dump();
    throw new FetchError(`Cannot fetch "${input}": HTTP ${statusCode}`, `http-${statusCode}`);
  }
  const contentType = header(headers, 'content-type');
  const declared = Number(header(headers, 'content-length'));
  if (declared > options.maxBytes) {
    body.destroy();
    throw tooLarge('fetch', input, options.maxBytes);
  }
  const raw = await collectBounded(body, options.maxBytes, () => tooLarge('fetch', input, options.maxBytes));
  const encoding = header(headers, 'content-encoding')?.toLowerCase();
  const bytes =
    encoding === 'gzip' || encoding === 'x-gzip' ? await gunzipBounded(raw, input, options.maxBytes) : raw;
  const source: Source = { input, url, bytes, fetchedAt: new Date().toISOString() };
  if (contentType) source.contentType = contentType;
  if (options.from) source.kind = options.from;
  return source;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function describeNetworkError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const text = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
}
