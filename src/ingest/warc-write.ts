import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcPage {
  url: string;
  html: string | Uint8Array;
  /** WARC-Date (ISO 8601); default now. */
  date?: string;
  /** HTTP status line; default `HTTP/1.1 200 OK`. */
  statusline?: string;
  /** HTTP response headers; default `Content-Type: text/html; charset=utf-8`. */
  headers?: Record<string, string>;
}

/**
 * One WARC/1.1 `response` record, gzip-compressed on its own (a gzip member per record, as
 * CC-NEWS files are): concatenating these gives a valid `.warc.gz`. For fixtures and benchmarks.
 */
export async function warcResponseRecord(page: WarcPage): Promise<Uint8Array> {
  const body = typeof page.html === 'string' ? new TextEncoder().encode(page.html) : page.html;
  const record = WARCRecord.create(
    {
      url: page.url,
      date: page.date ?? new Date().toISOString(),
      type: 'response',
      warcVersion: 'WARC/1.1',
      statusline: page.statusline ?? 'HTTP/1.1 200 OK',
      httpHeaders: page.headers ?? { 'Content-Type': 'text/html; charset=utf-8' },
    },
    [body],
  );
  return WARCSerializer.serialize(record, { gzip: true });
}
