import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError } from '../errors.ts';
import { collectBounded, tooLarge } from './limits.ts';

/** RFC 1952 §2.3.1: ID1 ID2 CM(8 = deflate). Content decides, not the file name. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

/**
 * Gunzips with the size cap applied to the *output* while it streams, so a gzip bomb
 * (a few KiB that inflate to GiBs) is stopped after `maxBytes`, not after it filled memory.
 * Concatenated gzip members (RFC 1952 §2.2) are read as one stream, as `zcat` does.
 */
export async function gunzipBounded(bytes: Uint8Array, input: string, maxBytes: number): Promise<Uint8Array> {
  const gunzip = createGunzip();
  Readable.from([bytes]).pipe(gunzip);
  try {
    return await collectBounded(gunzip, maxBytes, () => tooLarge('read', input, maxBytes));
  } catch (error) {
    throw describeGzipError(error, input);
  }
}

function describeGzipError(error: unknown, input: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  // zlib reports a stream that ends mid-member as Z_BUF_ERROR "unexpected end of file".
  if (code === 'Z_BUF_ERROR') {
    return new InputError(`Cannot read "${input}": truncated gzip data`, 'truncated-gzip', { cause: error });
  }
  if (code === 'Z_DATA_ERROR') {
    const detail = error instanceof Error ? error.message : String(error);
    return new InputError(`Cannot read "${input}": corrupt gzip data (${detail})`, 'corrupt-gzip', {
      cause: error,
    });
  }
  return error;
}
