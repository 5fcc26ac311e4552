import { LimitError } from '../../errors.ts';
import { gunzipBounded, isGzip } from '../gzip.ts';
import { collectBounded, formatBytes } from '../limits.ts';
import {
  type BodyKind,
  classifyContentType,
  looksLikeFeedOrSitemap,
  looksLikeJsonFeed,
  mediaType,
} from './content-type.ts';
import { deadline } from './deadline.ts';
import type { HttpFetch, HttpResponse } from './http.ts';

export interface ExchangeLimits {
  /** Largest page body, after gunzip. */
  maxBytes: number;
  /** Largest feed or sitemap body, after gunzip (sitemaps.org: 50 MB uncompressed). */
  maxXmlBytes: number;
  /** Budget for one request: headers and body. */
  timeoutMs: number;
}

/** One request's answer with the body read (only for 2xx of an accepted type). */
export interface Exchange {
  status: number;
  headers: Readonly<Record<string, string | undefined>>;
  /** What the body turned out to be; absent when no body was read. */
  kind?: 'page' | 'xml' | 'json';
  bytes?: Uint8Array;
  /** Why a 2xx body was refused (type, size). */
  refused?: string;
}

/**
 * Sends one GET and reads what we keep of the answer. Redirects and errors have their
 * body discarded; a 2xx body is read only when its content type is one we handle, with
 * the size cap applied while it streams (a wrong type or a huge page costs no download).
 */
export async function exchange(
  http: HttpFetch,
  url: string,
  headers: Record<string, string>,
  limits: ExchangeLimits,
  signal: AbortSignal,
): Promise<Exchange> {
  const limit = deadline(signal, limits.timeoutMs);
  try {
    return await readAnswer(await http({ url, headers, signal: limit.signal }), url, limits);
  } finally {
    limit.clear();
  }
}

/** The answer as we keep it: status and headers, and the body when it is one we read. */
async function readAnswer(response: HttpResponse, url: string, limits: ExchangeLimits): Promise<Exchange> {
  const base = { status: response.status, headers: response.headers };
  if (response.status < 200 || response.status >= 300 || response.status === 204) {
    response.body.destroy?.();
    return base;
  }
  const announced = classifyContentType(response.headers['content-type']);
  if (announced === undefined) {
    response.body.destroy?.();
    return { ...base, refused: `unsupported content type "${mediaType(response.headers['content-type'])}"` };
  }
  const cap = announced === 'page' || announced === 'maybe-xml' ? limits.maxBytes : limits.maxXmlBytes;
  try {
    const body = await readBody(response, url, cap);
    if (announced !== 'gzip') return { ...base, ...settleKind(announced, body) };
    // `sitemap.xml.gz` arrives as a gzip file (no Content-Encoding): inflate it under the same cap.
    if (!isGzip(body)) return { ...base, refused: 'binary body that is not gzip' };
    return { ...base, ...settleKind('xml', await gunzipBounded(body, url, cap)) };
  } catch (error) {
    if (error instanceof LimitError) return { ...base, refused: error.message };
    throw error;
  }
}

async function readBody(response: HttpResponse, url: string, cap: number): Promise<Uint8Array> {
  const tooBig = (): LimitError => new LimitError(`larger than ${formatBytes(cap)}`, 'too-large');
  const declared = Number(response.headers['content-length']);
  if (declared > cap) {
    response.body.destroy?.();
    throw tooBig();
  }
  const raw = await collectBounded(response.body, cap, tooBig);
  const encoding = response.headers['content-encoding']?.toLowerCase();
  if (encoding !== 'gzip' && encoding !== 'x-gzip') return raw;
  try {
    return await gunzipBounded(raw, url, cap);
  } catch (error) {
    if (error instanceof LimitError) throw tooBig();
    throw error;
  }
}

/** The kind the bytes confirm, or a refusal: XML must be a feed or sitemap, JSON a JSON Feed. */
function settleKind(announced: BodyKind, raw: Uint8Array): Pick<Exchange, 'kind' | 'bytes' | 'refused'> {
  if (announced === 'page') return { kind: 'page', bytes: raw };
  if (announced === 'json') {
    return looksLikeJsonFeed(raw)
      ? { kind: 'json', bytes: raw }
      : { refused: 'JSON that is not a JSON Feed' };
  }
  if (looksLikeFeedOrSitemap(raw)) return { kind: 'xml', bytes: raw };
  if (announced === 'maybe-xml') return { kind: 'page', bytes: raw };
  return { refused: 'XML that is neither a feed nor a sitemap' };
}
