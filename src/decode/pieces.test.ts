import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveOptions } from '../options.ts';
import { decode } from './index.ts';
import { headOfPieces, joinPieces, PIECE_BYTES, utf8Pieces } from './pieces.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

test('utf8Pieces() gives the whole text back, in pieces of at most PIECE_BYTES, each cut just before a `<`', () => {
  const html = `<html><body>${'<p>Le “café” — 東京 😀 ok.</p>\n'.repeat(8000)}</body></html>`;
  const pieces = utf8Pieces(utf8(html));
  assert.equal(pieces.join(''), html);
  assert.ok(pieces.length > 5);
  for (const [i, piece] of pieces.entries()) {
    assert.ok(utf8(piece).length <= PIECE_BYTES, `piece ${i} is ${utf8(piece).length} bytes`);
    if (i > 0) assert.equal(piece[0], '<', `piece ${i} starts ${JSON.stringify(piece.slice(0, 10))}`);
  }
});

test('utf8Pieces() cuts a long stretch without `<` before an ASCII character, and one without ASCII at a character start', () => {
  const text = `${'é'.repeat(10000)} ${'東'.repeat(30000)}${'😀'.repeat(20000)}`;
  const pieces = utf8Pieces(utf8(text));
  assert.equal(pieces.join(''), text);
  // The one ASCII character, the space, is where the first cut falls.
  assert.equal(pieces[1]?.[0], ' ');
  for (const piece of pieces) assert.doesNotMatch(piece, /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
});

test('utf8Pieces() of an empty input is no pieces, and joinPieces() of them the empty string', () => {
  assert.deepEqual(utf8Pieces(new Uint8Array(0)), []);
  assert.equal(joinPieces([]), '');
});

test('headOfPieces() reads the first characters across as many pieces as it takes', () => {
  assert.equal(headOfPieces(['ab', '', 'cde', 'f'], 4), 'abcd');
  assert.equal(headOfPieces(['ab'], 10), 'ab');
});

test('decode() gives pieces whose concatenation is its content, and repairs mojibake next to a cut as in one string', () => {
  // "â€™" (’ read as windows-1252) just before the `<` where a piece ends.
  const filler = 'x'.repeat(PIECE_BYTES - 20);
  const html = `<p>${filler}It\u00e2\u20ac\u2122s</p><p>${filler}caf\u00c3\u00a9</p>`;
  const out = decode({ input: 'page.html', bytes: utf8(html) }, resolveOptions());
  assert.ok(out.pieces.length >= 2);
  assert.equal(out.pieces.join(''), out.content);
  assert.equal(out.content, `<p>${filler}It’s</p><p>${filler}café</p>`);
  assert.ok(out.messages.some((m) => m.rule === 'decode/mojibake-repaired' && m.reason.startsWith('2 ')));
});

test('decode() of an all-ASCII page gives Latin-1 pieces with the same text', () => {
  const html = `<div>${'<p>plain ascii</p>'.repeat(5000)}</div>`;
  const out = decode({ input: 'page.html', bytes: utf8(html) }, resolveOptions());
  assert.equal(out.content, html);
  assert.ok(out.pieces.length > 1);
});
