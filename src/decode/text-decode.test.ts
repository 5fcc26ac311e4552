import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeToPieces } from './text-decode.ts';

/** The decoded text as one string (the pieces are checked in pieces.test.ts). */
const decodeBytes = (bytes: Uint8Array, charset: string) => decodeToPieces(bytes, charset).join('');

// Expected strings are JS string literals, so they do not depend on either decoding path under test.
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeToPieces() UTF-8', () => {
  it('decodeToPieces() reads well-formed UTF-8 of every plane: Latin, CJK, astral emoji', () => {
    const text = '<p>“café” — 東京 ✓ 😀 𝄞 Ünïcödé</p>';
    assert.equal(decodeBytes(utf8(text), 'utf-8'), text);
  });

  it('decodeToPieces() never cuts a character where a long page is read in pieces', () => {
    // 1-, 2-, 3- and 4-byte characters in a 7-character cycle of 14 bytes: over 40 KB, one of them
    // straddles every piece boundary; a pure-ASCII stretch in the middle is read as its own piece.
    const text = `${'aé東😀b'.repeat(2000)}${'ascii only '.repeat(1000)}${'😀é東'.repeat(2000)}`;
    assert.equal(decodeBytes(utf8(text), 'utf-8'), text);
  });

  it('decodeToPieces() drops a UTF-8 BOM and keeps a later U+FEFF', () => {
    const bytes = utf8('\uFEFF<p>a\uFEFFb</p>');
    assert.equal(decodeBytes(bytes, 'utf-8'), '<p>a\uFEFFb</p>');
  });

  it('decodeToPieces() replaces malformed UTF-8 as a browser does (one U+FFFD per maximal subpart)', () => {
    // Encoding Standard §4.1 "UTF-8 decoder": F0 9F 98 (a cut 4-byte sequence) is one U+FFFD,
    // a lone continuation byte 80 is one, an overlong C0 AF is two.
    const bytes = new Uint8Array([0x61, 0xf0, 0x9f, 0x98, 0x62, 0x80, 0x63, 0xc0, 0xaf, 0x64]);
    assert.equal(decodeBytes(bytes, 'utf-8'), 'a\uFFFDb\uFFFDc\uFFFD\uFFFDd');
  });

  it('decodeToPieces() forgives nothing at the end: a page cut mid-character ends in U+FFFD', () => {
    const bytes = utf8('<p>é</p>…').subarray(0, -1);
    assert.equal(decodeBytes(bytes, 'utf-8'), '<p>é</p>\uFFFD');
  });

  it('decodeToPieces() reads the empty input as the empty string', () => {
    assert.equal(decodeBytes(new Uint8Array(0), 'utf-8'), '');
  });

  it('decodeToPieces() leaves other charsets to the WHATWG decoders (0x93 is “ in windows-1252)', () => {
    assert.equal(decodeBytes(new Uint8Array([0x93, 0x61, 0x94]), 'windows-1252'), '“a”');
  });
});
