import { TextDecoder } from '@exodus/bytes/encoding.js';

/**
 * Bytes → string with the WHATWG Encoding Standard's decoders from @exodus/bytes, never Node's own:
 * Node 20.20's `TextDecoder('windows-1252')` maps 0x80–0x9F to C1 controls and so loses “ ” ‘ ’ – — € …
 * (STACK.md, nodejs/node#60888). Replacement mode: malformed bytes become U+FFFD, as in a browser.
 * A leading BOM is removed (the decoder's own BOM handling, Encoding §6 "decode"); nothing else is touched.
 */
export function decodeBytes(bytes: Uint8Array, charset: string): string {
  const text = new TextDecoder(charset).decode(bytes);
  // The decoder strips a BOM only in its own encoding; a stray U+FEFF first is still not content.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
