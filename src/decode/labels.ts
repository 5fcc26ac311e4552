import { normalizeEncoding } from '@exodus/bytes/encoding.js';

/** What an encoding label names, per the WHATWG Encoding Standard §4.2 "get an encoding". */
export type LabelResult =
  /** A usable encoding, as its lowercase WHATWG name (`latin1` → `windows-1252`). */
  | { ok: true; charset: string }
  /** `unknown`: no such label (`x-foo`); `replacement`: a label the standard maps to the replacement encoding. */
  | { ok: false; problem: 'unknown' | 'replacement' };

/**
 * Resolves an encoding label with the WHATWG label table (`latin1`, `iso-8859-1`, `ascii` →
 * `windows-1252`; `utf8` → `utf-8`; `gbk` → `gbk`; …). Names are lowercase, as
 * `TextDecoder.prototype.encoding` reports them.
 *
 * The "replacement" encoding (labels such as `iso-2022-kr`, `hz-gb-2312`) decodes every input
 * to a single U+FFFD — a browser's defence against script smuggling. For text extraction that
 * defence buys nothing and loses the page, so it is reported as a problem and the caller moves on
 * to the next step of the sniffing order.
 */
export function resolveLabel(label: string): LabelResult {
  const charset = normalizeEncoding(label);
  if (charset === null) return { ok: false, problem: 'unknown' };
  if (charset === 'replacement') return { ok: false, problem: 'replacement' };
  return { ok: true, charset };
}

/** UTF-16LE/BE: the only encodings that are not ASCII-compatible, so byte scans must not assume ASCII. */
export function isUtf16(charset: string): boolean {
  return charset === 'utf-16le' || charset === 'utf-16be';
}
