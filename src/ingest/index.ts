import { InputError } from '../errors.ts';
import type { Source } from '../model.ts';
import { type ReadOptions, readFileSource, readStreamSource } from './file.ts';
import type { FetchOptions } from './url.ts';

export { formatBytes } from './limits.ts';
export { PACKAGE_VERSION, USER_AGENT } from './user-agent.ts';
export { type FetchOptions, type ReadOptions, readFileSource, readStreamSource };

/** True for inputs fetched over HTTP(S) rather than read from disk. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export interface IngestOptions extends ReadOptions {
  /** Whole-fetch budget for URLs, in milliseconds. */
  fetchTimeoutMs: number;
  /** Where `-` reads from. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/**
 * One input as the user named it — a URL, `-` for stdin, or a file path — into a `Source`.
 * Every failure is a `DatelineError` whose message names the input.
 */
export async function ingest(input: string, options: IngestOptions): Promise<Source> {
  if (isUrl(input)) {
    // Loaded on first use: undici costs ~0.2 s of start-up that file-only runs never need.
    const { fetchUrl } = await import('./url.ts');
    return fetchUrl(input, {
      maxBytes: options.maxBytes,
      timeoutMs: options.fetchTimeoutMs,
      from: options.from,
    });
  }
  if (input === '-') {
    if (!options.stdin) throw new InputError(`Cannot read "-": no standard input given`, 'unreadable');
    return readStreamSource(options.stdin, input, options);
  }
  return readFileSource(input, options);
}
