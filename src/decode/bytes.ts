import { isAscii, isUtf8 } from 'node:buffer';
import { BINARY_BYTE_RATIO, BINARY_SAMPLE_BYTES, PRESCAN_BYTES, UTF16_NUL_SHARE } from './rules.ts';

/**
 * Facts about the raw bytes that several sniffing steps need, computed once per page.
 * `isAscii` / `isUtf8` are Node's simdutf scans (≈ 5 µs per 100 KB here), so checking the whole
 * page is cheaper than any sampling logic would be.
 */
export interface ByteFacts {
  /** Every byte is below 0x80: every ASCII-compatible encoding decodes the page the same way. */
  ascii: boolean;
  /** The whole page is well-formed UTF-8 (a sequence cut off by truncation at the very end is forgiven). */
  utf8: boolean;
  /** An ASCII page with an ESC byte: the mark of ISO-2022-JP, a 7-bit encoding that looks like ASCII. */
  escape: boolean;
  /** The head has the NUL-every-other-byte shape of Latin-script UTF-16 without a BOM. */
  utf16?: 'utf-16le' | 'utf-16be';
}

export function byteFacts(bytes: Uint8Array): ByteFacts {
  const ascii = isAscii(bytes);
  return {
    ascii,
    utf8: ascii || isUtf8(bytes) || isUtf8(bytes.subarray(0, completeLength(bytes))),
    // Only ASCII pages can be ISO-2022-JP; Buffer#indexOf is memchr, TypedArray#indexOf a plain loop.
    escape: ascii && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0x1b) >= 0,
    ...utf16Shape(bytes),
  };
}

/**
 * UTF-16 without a BOM: in Latin-script text and markup every code unit's high byte is 0, so NULs
 * fill the odd (LE) or even (BE) positions and almost never the others. Checked on the prescan
 * window only; UTF-8 and legacy pages have no NULs at all.
 */
function utf16Shape(bytes: Uint8Array): Pick<ByteFacts, 'utf16'> {
  const pairs = Math.floor(Math.min(bytes.length, PRESCAN_BYTES) / 2);
  if (pairs === 0) return {};
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const many = pairs * UTF16_NUL_SHARE;
  const few = pairs * 0.02;
  if (odd >= many && even <= few) return { utf16: 'utf-16le' };
  if (even >= many && odd <= few) return { utf16: 'utf-16be' };
  return {};
}

/**
 * Length of the bytes without a trailing, incomplete UTF-8 sequence: a page cut off mid-character
 * (a truncated download, a WARC record capped at N bytes) is still a UTF-8 page.
 */
function completeLength(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let i = end - 1; i >= Math.max(0, end - 3); i--) {
    const byte = bytes[i]!;
    if (byte < 0x80) return end;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return end - i < needed ? i : end;
    }
  }
  return end;
}

/**
 * WHATWG MIME Sniffing §3 "binary data byte": C0 controls other than TAB, LF, FF, CR and ESC.
 * (ESC is allowed because ISO-2022-JP text uses it.)
 */
function isBinaryDataByte(byte: number): boolean {
  return byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f);
}

/**
 * MIME Sniffing §7.2 "distinguish if a resource is text or binary", loosened: the first
 * BINARY_SAMPLE_BYTES are binary when more than BINARY_BYTE_RATIO of them are binary data bytes.
 * Callers skip this check for UTF-16 (its ASCII text is half NUL bytes) and for a page with a BOM.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  if (length === 0) return false;
  let binary = 0;
  for (let i = 0; i < length; i++) if (isBinaryDataByte(bytes[i]!)) binary++;
  return binary / length > BINARY_BYTE_RATIO;
}

/** Index of the first byte ≥ 0x80, or -1 (bounded by the page, a plain loop: only used on legacy pages). */
export function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}
