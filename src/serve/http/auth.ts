/**
 * Bearer-token guard for write endpoints. Closed by default: with no token configured
 * writes are refused (403) rather than left open; a missing or wrong token is 401 with
 * `WWW-Authenticate: Bearer` (RFC 6750 §3).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { apiError } from './errors.ts';

/** Compares digests so the comparison time does not depend on where the strings differ. */
function sameToken(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token === undefined) {
      return apiError(
        c,
        403,
        'writes-disabled',
        'Write endpoints are disabled: no token is configured (DATELINE_TOKEN)',
      );
    }
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match || !sameToken(match[1]!, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="dateline"');
      return apiError(c, 401, 'unauthorized', 'A valid bearer token is required for this endpoint');
    }
    await next();
  };
}
