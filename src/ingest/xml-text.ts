import { normalizeEncoding, TextDecoder } from '@exodus/bytes/encoding.js';

/**
 * Feed bytes → text. XML 1.0 §4.3.3 / RFC 7303 §3: the `charset` of the Content-Type wins, then
 * a BOM, then the XML declaration's `encoding`, then UTF-8. Decoded with @exodus/bytes, never
 * Node 20's own windows-1252 decoder (STACK.md: it loses “ ” — €).
 */
export function decodeXml(bytes: Uint8Array, contentType?: string): string {
  const charset =
    usable(headerCharset(contentType)) ?? bomCharset(bytes) ?? usable(declared(bytes)) ?? 'utf-8';
  const text = new TextDecoder(charset).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function headerCharset(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** `<?xml version="1.0" encoding="ISO-8859-1"?>` → `ISO-8859-1` (the declaration is ASCII by rule). */
function declared(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
}

/** The WHATWG name of a label, or undefined for unknown labels and the replacement encoding. */
function usable(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const name = normalizeEncoding(label);
  return name === null || name === 'replacement' ? undefined : name;
}
