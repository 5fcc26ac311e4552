import { open } from 'node:fs/promises';
import { InputError } from '../errors.ts';
import type { InputKind, Source } from '../model.ts';
import { gunzipBounded, isGzip } from './gzip.ts';
import { collectBounded, tooLarge } from './limits.ts';

export interface ReadOptions {
  /** Largest input accepted, in bytes, after gunzip. */
  maxBytes: number;
  /** Forced kind (`--from`); otherwise decode decides (extension, content type, sniffing). */
  from?: InputKind;
  /** Base URL of the page (`--url`). */
  url?: string;
}

/**
 * Reads one file into a `Source`: size-capped and gunzipped when its bytes are gzip
 * (whatever its name). Read failures say `Cannot read "path": reason`; whether the bytes
 * are HTML, text or junk is decode's call (src/decode: kind, binary and empty checks).
 */
export async function readFileSource(path: string, options: ReadOptions): Promise<Source> {
  const raw = await readRaw(path, options.maxBytes);
  const bytes = isGzip(raw) ? await gunzipBounded(raw, path, options.maxBytes) : raw;
  return withKind({ input: path, bytes }, options.from, options.url);
}

/** Stdin (`-`) into a `Source`, with the same cap and gunzip as a file. */
export async function readStreamSource(
  stream: AsyncIterable<Uint8Array | string>,
  input: string,
  options: ReadOptions,
): Promise<Source> {
  const raw = await collectBounded(stream, options.maxBytes, () => tooLarge('read', input, options.maxBytes));
  const bytes = isGzip(raw) ? await gunzipBounded(raw, input, options.maxBytes) : raw;
  return withKind({ input, bytes }, options.from, options.url);
}

function withKind(source: Source, kind: InputKind | undefined, url: string | undefined): Source {
  const out: Source = { ...source };
  if (kind) out.kind = kind;
  if (url) out.url = url;
  return out;
}

/** Reads at most `maxBytes + 1` bytes so an oversized file fails without being read whole. */
async function readRaw(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new InputError(`Cannot read "${path}": ${describeFsError(error)}`, 'unreadable', { cause: error });
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new InputError(`Cannot read "${path}": is a directory`, 'unreadable');
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge('read', path, maxBytes);
    return await collectBounded(handle.createReadStream({ autoClose: false }), maxBytes, () =>
      tooLarge('read', path, maxBytes),
    );
  } finally {
    await handle.close();
  }
}

/** `ENOENT` → "no such file": the code is for machines, the sentence for people. */
const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  EMFILE: 'too many open files',
};

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FS_ERRORS[code]) return FS_ERRORS[code];
  return error instanceof Error ? error.message : String(error);
}
