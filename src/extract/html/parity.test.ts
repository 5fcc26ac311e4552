import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HTML_CORNER_CASES } from '../../../test/support/html-corners.ts';
import { dumpTree, referenceTree } from '../../../test/support/html-reference.ts';
import { readHtml } from './index.ts';

/**
 * The reader must build htmlparser2's tree (bench/parser-parity.ts checks every benchmark
 * page). These are the tokenizer and tree-construction corners, each compared with the
 * reference both with inert markup kept and dropped.
 */
const CASES = HTML_CORNER_CASES;

for (const [name, html] of Object.entries(CASES)) {
  for (const keepInert of [true, false]) {
    test(`readHtml() builds htmlparser2's tree: ${name}${keepInert ? ' (inert kept)' : ''}`, () => {
      const ours = dumpTree(readHtml(html, { maxDepth: 400, keepInert }).document);
      assert.equal(ours, dumpTree(referenceTree(html, keepInert)));
    });
  }
}
