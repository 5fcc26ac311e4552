import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Source } from '../model.ts';

/** One page of a JSON Lines file. */
export interface JsonlItem {
  source: Source;
  /** 1-based line number: the resume key (`startAfterLine`). */
  line: number;
}

export interface JsonlOptions {
  /** Yield only lines after this one (a resumed run). */
  startAfterLine?: number;
  /** Largest line accepted, in bytes of HTML; longer pages are skipped. Default 5 MiB. */
  maxBytes?: number;
  /** Told about each line not yielded (bad JSON, no `html`, too large). Blank lines are silent. */
  onSkip?(skip: { line: number; reason: string }): void;
}

/**
 * Streams a JSON Lines file of `{"url": "...", "html": "..."}` objects (`.jsonl`, or `.jsonl.gz`
 * by name) into `Source`s, one line at a time. Optional field: `fetched_at`.
 * A bad line is reported and skipped: one broken record must not stop a corpus run.
 */
export async function* readJsonl(path: string, options: JsonlOptions = {}): AsyncGenerator<JsonlItem> {
  const file = createReadStream(path);
  const input: Readable = path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (line <= (options.startAfterLine ?? 0) || text.trim() === '') continue;
    const parsed = parseLine(text, options.maxBytes ?? 5 * 1024 * 1024);
    if (typeof parsed === 'string') {
      options.onSkip?.({ line, reason: parsed });
      continue;
    }
    yield { source: { ...parsed, input: `${path}:${line}` }, line };
  }
}

/** The line's Source (without `input`), or why it is skipped. */
function parseLine(text: string, maxBytes: number): Omit<Source, 'input'> | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `invalid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== 'object' || value === null) return 'not a JSON object';
  const record = value as Record<string, unknown>;
  if (typeof record.html !== 'string') return 'no "html" string';
  const bytes = new TextEncoder().encode(record.html);
  if (bytes.byteLength > maxBytes) return `larger than ${maxBytes} bytes`;
  // The HTML is Unicode once JSON-parsed and re-encoded as UTF-8 here: the header charset must say
  // so, or decode would trust a stale `<meta charset=windows-1252>` and garble the text.
  const source: Omit<Source, 'input'> = { bytes, kind: 'html', contentType: 'text/html; charset=utf-8' };
  if (typeof record.url === 'string' && record.url !== '') source.url = record.url;
  if (typeof record.fetched_at === 'string') source.fetchedAt = record.fetched_at;
  return source;
}
