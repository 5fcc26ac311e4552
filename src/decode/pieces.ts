import { isAscii } from 'node:buffer';

/**
 * A page's text as pieces of at most PIECE_BYTES bytes, each cut just before a `<`.
 *
 * Why not one string: V8 puts every string over 128 KB (64 K characters once one of them is
 * outside Latin-1, as in 174 of the 181 ScrapingHub pages) in its large-object space, each on
 * freshly mapped memory. On this machine kind (a Firecracker VM) every first touch of a 4 KB
 * page of it costs ~10 µs: decoding an average 170 KB page took 1.3 ms as one string and 0.19 ms
 * as pieces (`perf stat -e page-faults`: ~100 faults per page before). Pieces stay in V8's
 * ordinary heap, whose pages are reused; the HTML reader reads them in turn
 * (src/extract/html/scan-pieces.ts), and `Decoded.content`, their concatenation, is a rope that
 * only becomes one flat string if something reads it whole.
 *
 * Cuts fall before a `<` (a cut inside text or a tag only costs the scanner a carry) or else
 * before an ASCII byte: always a character boundary, and never inside a run of non-ASCII
 * characters, so mojibake repair (mojibake.ts, whose sequences are all non-ASCII) can run on
 * each piece alone. The one exception: 32 KB without a single ASCII byte is cut at any character
 * start, where a mojibake sequence could in principle be cut in two and left unrepaired.
 */
export const PIECE_BYTES = 32 * 1024;

/** Sub-pieces of this size that are pure ASCII are copied as Latin-1, a quarter of UTF-8's cost. */
const ASCII_RUN_BYTES = 4096;

const LT = 0x3c;

/**
 * Well-formed UTF-8 (so no replacement decision is left to make) or ASCII bytes → pieces.
 * `pieces.join('')` is what any UTF-8 decoder gives for the whole, BOM included: removing it
 * is the caller's business (text-decode.ts).
 */
export function utf8Pieces(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pieces: string[] = [];
  for (let start = 0; start < buffer.length; ) {
    const end = cutAfter(buffer, start);
    pieces.push(decodeRange(buffer, start, end));
    start = end;
  }
  return pieces;
}

/** Where the piece that starts at `start` ends: before a `<`, else before an ASCII byte. */
function cutAfter(buffer: Buffer, start: number): number {
  const n = buffer.length;
  const limit = start + PIECE_BYTES;
  if (limit >= n) return n;
  const lt = buffer.lastIndexOf(LT, limit);
  if (lt > start) return lt;
  let at = limit;
  while (at > start && buffer[at]! >= 0x80) at--;
  if (at > start) return at;
  // No ASCII byte in the whole window: any character start will do.
  at = limit;
  while (at < n && (buffer[at]! & 0xc0) === 0x80) at++;
  return at;
}

function decodeRange(buffer: Buffer, start: number, end: number): string {
  let text = '';
  for (let from = start; from < end; ) {
    let to = Math.min(end, from + ASCII_RUN_BYTES);
    // Never cut a character: step back over continuation bytes (10xxxxxx) to a character's start.
    while (to < end && (buffer[to]! & 0xc0) === 0x80) to--;
    text += buffer.toString(isAscii(buffer.subarray(from, to)) ? 'latin1' : 'utf8', from, to);
    from = to;
  }
  return text;
}

/** The pieces as one string: a rope of them, so nothing is copied until it is read. */
export function joinPieces(pieces: readonly string[]): string {
  let text = '';
  for (const piece of pieces) text += piece;
  return text;
}

/** The first `length` characters, read from as few pieces as that takes. */
export function headOfPieces(pieces: readonly string[], length: number): string {
  let head = '';
  for (const piece of pieces) {
    head += piece;
    if (head.length >= length) break;
  }
  return head.slice(0, length);
}
