import { request } from 'undici';
import { USER_AGENT } from '../user-agent.ts';

/** One GET as the crawler asks for it: no redirect following, no retry — the crawler does both itself. */
export interface HttpRequest {
  url: string;
  /** Extra request headers (conditional GET validators); the user agent is added by the client. */
  headers: Readonly<Record<string, string>>;
  /** Aborts the exchange (crawl stop or per-request timeout). */
  signal: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** Lower-case header names; repeated headers keep their first value. */
  headers: Readonly<Record<string, string | undefined>>;
  /** The body as it streams; the crawler caps its size and destroys it when it stops reading. */
  body: AsyncIterable<Uint8Array> & { destroy?: (error?: Error) => void };
}

/** The injectable transport: tests pass a fake, production uses `undiciFetch`. */
export type HttpFetch = (req: HttpRequest) => Promise<HttpResponse>;

/**
 * undici `request` with redirects left to the caller (STACK.md: redirects followed by an
 * interceptor would skip the per-host spacing and the robots check of each hop).
 * `accept-encoding: gzip` only: the body is gunzipped by the crawler with its size cap.
 */
export function undiciFetch(userAgent: string = USER_AGENT): HttpFetch {
  return async (req) => {
    const response = await request(req.url, {
      method: 'GET',
      headers: { ...req.headers, 'user-agent': userAgent, 'accept-encoding': 'gzip' },
      signal: req.signal,
    });
    // Destroying an unread body makes undici emit "Request aborted"; the crawler destroys bodies it
    // refuses on purpose, so that event is expected. Reads still fail loudly through the iterator.
    response.body.on('error', () => undefined);
    return { status: response.statusCode, headers: flatHeaders(response.headers), body: response.body };
  };
}

function flatHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name.toLowerCase()] = Array.isArray(value) ? value[0] : value;
  }
  return out;
}

/** Drains nothing more: tells the transport we are done with the body (keep-alive sockets are freed). */
export function discardBody(response: HttpResponse): void {
  response.body.destroy?.();
}
