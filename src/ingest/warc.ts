import { createReadStream } from 'node:fs';
import { WARCParser, type WARCRecord } from 'warcio';
import type { Source } from '../model.ts';

/** One HTML response of a WARC file, with where it sits so a later run can skip past it. */
export interface WarcItem {
  source: Source;
  /** `WARC-Record-ID`, e.g. `<urn:uuid:…>`: the resume key (`startAfter`). */
  recordId: string;
  /** Byte offset of the record in the file (of its gzip member when compressed): a seek point (`startOffset`). */
  offset: number;
}

export interface WarcSkip {
  recordId: string;
  offset: number;
  reason: string;
}

export interface WarcOptions {
  /**
   * Yield only records after the one with this `WARC-Record-ID` (earlier ones are skipped, not read).
   * An id that never appears yields nothing: resuming with another file's cursor must not re-ingest it.
   */
  startAfter?: string;
  /** Start reading at this byte offset — a record (gzip member) boundary from an earlier `WarcItem.offset`. */
  startOffset?: number;
  /** Largest record payload kept, in bytes; larger responses are skipped unread. Default 5 MiB. */
  maxBytes?: number;
  /** Told about each response record not yielded (type, status, size). */
  onSkip?(skip: WarcSkip): void;
}

/** Payload types yielded: the pages the extractor reads. */
const PAGE_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Streams a WARC (plain, or gzip multi-member as Common Crawl's CC-NEWS publishes it: one gzip
 * member per record) with warcio 2.4.11 from `fs.createReadStream` — never loaded whole
 * (STACK.md: 217 records/s, byte-identical). Yields a `Source` per 2xx HTML `response` record:
 * `url` = WARC-Target-URI, `contentType` from the HTTP headers, `fetchedAt` = WARC-Date, the
 * payload with its transfer and content encodings undone. Other records are skipped unread.
 */
export async function* readWarc(path: string, options: WarcOptions = {}): AsyncGenerator<WarcItem> {
  const base = options.startOffset ?? 0;
  const parser = new WARCParser(createReadStream(path, { start: base }));
  let skipping = options.startAfter !== undefined;
  for await (const record of parser) {
    const recordId = record.warcHeader('WARC-Record-ID') ?? '';
    const offset = base + parser.offset;
    if (skipping) {
      skipping = recordId !== options.startAfter;
      continue;
    }
    if (record.warcType !== 'response') continue;
    const reason = skipReason(record, options.maxBytes ?? 5 * 1024 * 1024);
    if (reason !== undefined) {
      options.onSkip?.({ recordId, offset, reason });
      continue;
    }
    yield { source: await toSource(path, offset, record), recordId, offset };
  }
}

function skipReason(record: WARCRecord, maxBytes: number): string | undefined {
  const status = Number(record.httpHeaders?.statusCode ?? 0);
  if (status < 200 || status >= 300) return `HTTP ${status}`;
  const type = mediaType(record.httpHeaders?.headers.get('content-type') ?? undefined);
  if (!PAGE_TYPES.has(type)) return `not HTML ("${type}")`;
  if (record.warcContentLength > maxBytes) return `larger than ${maxBytes} bytes`;
  return undefined;
}

async function toSource(path: string, offset: number, record: WARCRecord): Promise<Source> {
  const bytes = await record.readFully(true);
  const source: Source = { input: `${path}#${offset}`, bytes };
  const url = record.warcTargetURI;
  if (url) source.url = url;
  const contentType = record.httpHeaders?.headers.get('content-type');
  if (contentType) source.contentType = contentType;
  const date = record.warcDate;
  if (date) source.fetchedAt = date;
  return source;
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
