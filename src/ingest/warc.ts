import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { WARCParser, type WARCRecord } from 'warcio';
import type { Source } from '../model.ts';
import { isGzip } from './gzip.ts';
import { gzipMemberReader } from './gzip-members.ts';

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
/** Room for the WARC and HTTP headers on top of the payload cap when a member is inflated whole. */
const HEADER_SLACK = 1024 * 1024;

/**
 * Streams a WARC (plain, or gzip multi-member as Common Crawl's CC-NEWS publishes it: one gzip
 * member per record) — never loaded whole. Gzip members are inflated one at a time by node:zlib
 * (src/ingest/gzip-members.ts) and each record parsed by warcio 2.4.11; a plain WARC, or a member
 * too large to inflate whole, is streamed by warcio from `fs.createReadStream`. Yields a `Source`
 * per 2xx HTML `response` record: `url` = WARC-Target-URI, `contentType` from the HTTP headers,
 * `fetchedAt` = WARC-Date, the payload with its transfer and content encodings undone. Other
 * records are skipped unread.
 */
export async function* readWarc(path: string, options: WarcOptions = {}): AsyncGenerator<WarcItem> {
  const base = options.startOffset ?? 0;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const pick = recordPicker(path, options, maxBytes);
  const file = await open(path);
  try {
    const head = Buffer.alloc(3);
    await file.read(head, 0, 3, base);
    if (!isGzip(head)) {
      yield* streamed(path, base, pick, false);
      return;
    }
    const members = gzipMemberReader(file, path, maxBytes + HEADER_SLACK);
    for (let offset: number | undefined = base; offset !== undefined; ) {
      const member = await members.read(offset);
      if (member === undefined) return;
      if ('tooLarge' in member) {
        offset = yield* streamed(path, offset, pick, true);
        continue;
      }
      // Offsets are the member's, as warcio reports them: the seek point of a resume.
      for await (const record of new WARCParser([member.data])) {
        const item = await pick(record, offset);
        if (item) yield item;
      }
      offset = member.next;
    }
  } finally {
    await file.close();
  }
}

type Picker = (record: WARCRecord, offset: number) => Promise<WarcItem | undefined>;

/** Decides each record in file order: past the resume point, a response, a page within the cap. */
function recordPicker(path: string, options: WarcOptions, maxBytes: number): Picker {
  let skipping = options.startAfter !== undefined;
  return async (record, offset) => {
    const recordId = record.warcHeader('WARC-Record-ID') ?? '';
    if (skipping) {
      skipping = recordId !== options.startAfter;
      return undefined;
    }
    if (record.warcType !== 'response') return undefined;
    const reason = skipReason(record, maxBytes);
    if (reason !== undefined) {
      options.onSkip?.({ recordId, offset, reason });
      return undefined;
    }
    return { source: await toSource(path, offset, record), recordId, offset };
  };
}

/**
 * warcio over a read stream from `start`; with `oneMember`, only until a record starts at
 * another offset (the next gzip member), whose offset it returns so the caller reads on there.
 */
async function* streamed(
  path: string,
  start: number,
  pick: Picker,
  oneMember: boolean,
): AsyncGenerator<WarcItem, number | undefined> {
  const stream = createReadStream(path, { start });
  try {
    const parser = new WARCParser(stream);
    for await (const record of parser) {
      const offset = start + parser.offset;
      if (oneMember && offset !== start) return offset;
      const item = await pick(record, offset);
      if (item) yield item;
    }
    return undefined;
  } finally {
    stream.destroy();
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
