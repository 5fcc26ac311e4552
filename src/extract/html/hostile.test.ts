import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnyNode } from 'domhandler';
import { readHtml } from './index.ts';

const options = { maxDepth: 400, keepInert: false };

function deepestText(node: AnyNode | undefined): { depth: number; text: string | undefined } {
  let depth = 0;
  while (node && 'children' in node && node.children.length > 0) {
    node = node.children[0];
    depth++;
  }
  return { depth, text: node && 'data' in node ? node.data : undefined };
}

test('readHtml() keeps 100 000 nested divs to the depth cap, with their text', () => {
  const html = `<html><body>${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}</body></html>`;
  const read = readHtml(html, options);
  assert.ok(read.skipped > 90_000);
  const deepest = deepestText(read.document.children[0]);
  assert.ok(deepest.depth <= 401, `depth ${deepest.depth}`);
  assert.equal(deepest.text, 'deep text');
});

test('readHtml() closes 100 000 end tags that match no open element in linear time', () => {
  // Each stray end tag is answered by a count of open names, not a scan of the open-element stack.
  const html = `${'<b>'.repeat(50_000)}x${'</i>'.repeat(100_000)}`;
  const read = readHtml(html, options);
  assert.ok(read.skipped > 0);
});

test('readHtml() reads 50 000 unclosed <script>s as one script running to the end', () => {
  const html = `<p>a</p>${'<script>'.repeat(50_000)}<p>b</p>`;
  const body = readHtml(html, options).document.children;
  assert.equal(body.length, 1, 'only the paragraph: the inert script is not built');
});

test('readHtml() drops an unterminated attribute value and what follows, like htmlparser2', () => {
  const read = readHtml(`<p>kept</p><a href="${'x'.repeat(100_000)}`, options);
  assert.equal(read.document.children.length, 1);
});
