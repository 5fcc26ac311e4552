import { isUtf8 } from 'node:buffer';
import { TextDecoder } from '@exodus/bytes/encoding.js';
import { utf8Pieces } from './pieces.ts';

/**
 * Bytes → text with the WHATWG Encoding Standard's decoders from @exodus/bytes, never Node's
 * `TextDecoder`: Node 20.20's `TextDecoder('windows-1252')` maps 0x80–0x9F to C1 controls and so
 * loses “ ” ‘ ’ – — € … (STACK.md, nodejs/node#60888). Replacement mode: malformed bytes become
 * U+FFFD, as in a browser. Well-formed UTF-8 is the one exception: with nothing to replace, every
 * UTF-8 decoder gives the same text, and Node's Buffer reads it faster, in pieces (pieces.ts).
 * A leading BOM is removed (the decoder's own BOM handling, Encoding §6 "decode"); nothing else is touched.
 *
 * The text comes as pieces (pieces.ts): several for well-formed UTF-8, which is most of the web;
 * one for every other charset and for UTF-8 that needs replacement characters, which are rare
 * enough not to need it.
 */
export function decodeToPieces(bytes: Uint8Array, charset: string): string[] {
  const pieces =
    charset === 'utf-8' && isUtf8(bytes) ? utf8Pieces(bytes) : [new TextDecoder(charset).decode(bytes)];
  // The decoder strips a BOM only in its own encoding; a stray U+FEFF first is still not content.
  const first = pieces[0];
  if (first !== undefined && first.charCodeAt(0) === 0xfeff) pieces[0] = first.slice(1);
  return pieces;
}
