import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FLATTEN_MIN_CHARS, flattenDeepMarkup } from './flatten-deep.ts';
import { MAX_DEPTH, parseHtml } from './parse-html.ts';

const pad = (html: string) => html + ' '.repeat(Math.max(0, FLATTEN_MIN_CHARS - html.length));

test('flattenDeepMarkup() drops only the tags nested deeper than the cap, keeping their text', () => {
  const html = pad(`${'<div>'.repeat(5)}deep text${'</div>'.repeat(5)}`);
  const flat = flattenDeepMarkup(html, 3);
  assert.equal(flat.dropped, 4);
  assert.ok(flat.html.startsWith('<div><div><div>deep text</div></div></div>'));
});

test('flattenDeepMarkup() does not count elements whose end tags are often omitted', () => {
  const html = pad(`<div>${'<p>para'.repeat(1000)}</div>`);
  assert.equal(flattenDeepMarkup(html, 3).dropped, 0);
});

test('parseHtml() keeps 100 000 nested divs to the depth cap, with their text', () => {
  const html = `<html><body>${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}</body></html>`;
  const parsed = parseHtml(html);
  assert.ok(parsed.flattenedElements > 90_000);
  let depth = 0;
  let node = parsed.document.children[0];
  while (node && 'children' in node && node.children.length > 0) {
    node = node.children[0];
    depth++;
  }
  assert.ok(depth <= MAX_DEPTH + 1, `depth ${depth}`);
  assert.equal(node && 'data' in node ? node.data : undefined, 'deep text');
});
