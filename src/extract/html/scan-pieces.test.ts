import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { HTML_CORNER_CASES } from '../../../test/support/html-corners.ts';
import { dumpTree } from '../../../test/support/html-reference.ts';
import { utf8Pieces } from '../../decode/pieces.ts';
import { readHtml } from './index.ts';
import { contentAcrossPieces } from './scan-pieces.ts';

/**
 * A page read in pieces must give the tree of the page read whole, wherever the pieces are cut:
 * in a tag name, an attribute value, a comment opener, a script's end tag, between `<` and `/`.
 * The decoder cuts before `<` where it can; these tests cut anywhere, which is harder.
 */
const read = (source: string | string[], keepInert: boolean) =>
  dumpTree(readHtml(source, { maxDepth: 400, keepInert }).document);

/** `html` cut at the given positions (sorted, inside the string). */
function cutAt(html: string, cuts: readonly number[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(html.slice(from, cut));
    from = cut;
  }
  pieces.push(html.slice(from));
  return pieces;
}

/** A seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

test('readHtml() builds the same tree from pieces cut at every position of each HTML corner case', () => {
  for (const [name, html] of Object.entries(HTML_CORNER_CASES)) {
    for (const keepInert of [true, false]) {
      const whole = read(html, keepInert);
      for (let cut = 0; cut <= html.length; cut++) {
        assert.equal(read(cutAt(html, [cut]), keepInert), whole, `${name}, cut at ${cut}`);
      }
      assert.equal(read([...html], keepInert), whole, `${name}, one character per piece`);
    }
  }
});

// Golden-case pages (written for this repo, see each folder), cut at random places.
const GOLDEN = join(import.meta.dirname, '../../../test/golden/extract');
const pages = readdirSync(GOLDEN).map((dir) => readFileSync(join(GOLDEN, dir, 'input.html'), 'utf8'));

test('readHtml() builds the same tree from golden pages cut at random positions, empty pieces included', () => {
  const next = random(7);
  for (const html of pages) {
    const whole = read(html, false);
    for (let trial = 0; trial < 20; trial++) {
      const count = 1 + Math.floor(next() * 40);
      const cuts = Array.from({ length: count }, () => Math.floor(next() * (html.length + 1))).sort(
        (a, b) => a - b,
      );
      assert.equal(read(cutAt(html, cuts), false), whole);
    }
  }
});

test('readHtml() builds the same tree from the pieces the decoder cuts, for a page with scripts longer than a piece', () => {
  const script = `var data = ${JSON.stringify({ text: 'x</scrip'.repeat(20000) })};`;
  const html = `<html><head><script>${script}</script><style>${'p{}'.repeat(30000)}</style></head><body><p>Body “text”.</p><script type="application/ld+json">{"headline":"${'h'.repeat(70000)}"}</script></body></html>`;
  const pieces = utf8Pieces(new TextEncoder().encode(html));
  assert.ok(pieces.length > 8);
  for (const keepInert of [true, false]) assert.equal(read(pieces, keepInert), read(html, keepInert));
});

test('readHtml() builds the same text from a long entity-dense text without `<`, cut anywhere', () => {
  const next = random(11);
  const parts = [
    '&amp;',
    '&amp',
    '&#x26;',
    '&#38',
    '&#0000065;',
    '&notit;',
    '&nbsp',
    '&',
    'a',
    ' ',
    '&CounterClockwiseContourIntegral;',
    '&#x1F600;',
  ];
  for (let trial = 0; trial < 200; trial++) {
    const text = Array.from({ length: 60 }, () => parts[Math.floor(next() * parts.length)]).join('');
    const html = `<p>${text}</p>${text}`;
    const cuts = Array.from({ length: 8 }, () => Math.floor(next() * (html.length + 1))).sort(
      (a, b) => a - b,
    );
    assert.equal(read(cutAt(html, cuts), false), read(html, false), JSON.stringify(cutAt(html, cuts)));
  }
});

test('contentAcrossPieces() finds an end tag cut between two pieces, in any case, and keeps the content as written', () => {
  // `</scripts` ends nothing; `</SCRIPT>` does.
  const found = contentAcrossPieces('a = 1; </scr', ['ipts', ' x', 'y</SCRIPT>after'], 0, 'script');
  assert.equal(found.content, 'a = 1; </scripts xy');
  assert.equal(found.rest, '</SCRIPT>after');
  assert.equal(found.next, 3);
  const split = contentAcrossPieces('b', ['</', 'style', '>', 'c'], 0, 'style');
  assert.equal(split.content, 'b');
  assert.equal(split.rest, '</style>');
  assert.equal(split.next, 3);
});

test('contentAcrossPieces() without an end tag takes everything to the end of the page', () => {
  const found = contentAcrossPieces('x', ['y', '</scrip'], 0, 'script');
  assert.deepEqual(found, { content: 'xy</scrip', rest: undefined, next: 2 });
});
