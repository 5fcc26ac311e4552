/**
 * The API's one error shape, `{error: {code, message}}`, and the map from the error
 * family (src/errors.ts codes) to HTTP statuses. Codes are stable, kebab-case strings
 * clients can switch on; messages are for people.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DatelineError, FetchError, LimitError } from '../../errors.ts';

export interface ApiError {
  error: { code: string; message: string };
}

export function apiError<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  code: string,
  message: string,
) {
  return c.json<ApiError, S>({ error: { code, message } }, status);
}

/** Statuses hono raises itself (malformed JSON, body limit) → our codes. */
const HTTP_EXCEPTION_CODES: Readonly<Record<number, string>> = {
  400: 'invalid-request',
  401: 'unauthorized',
  404: 'not-found',
  413: 'too-large',
};

/** The last-resort handler: every thrown thing becomes the one JSON shape. */
export function onApiError(error: Error, c: Context) {
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return apiError(c, status, HTTP_EXCEPTION_CODES[status] ?? 'http-error', error.message || 'Bad request');
  }
  if (error instanceof LimitError) return apiError(c, 413, error.code, error.message);
  // A page we were asked to fetch and could not (refused address, HTTP error, timeout): 422,
  // the request was well-formed but its URL cannot be processed (RFC 9110 §15.5.21).
  if (error instanceof FetchError) return apiError(c, 422, error.code, error.message);
  if (error instanceof DatelineError) return apiError(c, 422, error.code, error.message);
  return apiError(c, 500, 'internal', 'Internal server error');
}
