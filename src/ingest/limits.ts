import { LimitError } from '../errors.ts';

/** Human-readable byte count for error messages: `20 MiB`, `1.5 MiB`, `64 KiB`, `512 bytes`. */
export function formatBytes(bytes: number): string {
  const MIB = 1024 * 1024;
  if (bytes >= MIB) return bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${(bytes / MIB).toFixed(1)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/** The error every size cap throws, one wording for files, stdin, gzip and URLs. */
export function tooLarge(verb: string, input: string, maxBytes: number): LimitError {
  return new LimitError(
    `Cannot ${verb} "${input}": larger than ${formatBytes(maxBytes)} (--max-bytes ${maxBytes})`,
    'too-large',
  );
}

/**
 * Collects a byte stream into one buffer, stopping as soon as it grows past `maxBytes`
 * (the stream is destroyed, so a gzip bomb or an endless response stops early).
 */
export async function collectBounded(
  stream: AsyncIterable<Uint8Array | string> & { destroy?: (error?: Error) => void },
  maxBytes: number,
  onTooLarge: () => Error,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.byteLength;
    if (total > maxBytes) {
      const error = onTooLarge();
      stream.destroy?.(error);
      throw error;
    }
    chunks.push(bytes);
  }
  return concatBytes(chunks, total);
}

function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
