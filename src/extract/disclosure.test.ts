import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapsedPanelCheck } from './disclosure.ts';
import { elementsByTag } from './dom/nodes.ts';
import { parseHtml } from './parse-html.ts';

function panelsOf(html: string): string[] {
  const { document } = parseHtml(html);
  const isPanel = collapsedPanelCheck(document);
  return elementsByTag(document, new Set(['div']))
    .filter(isPanel)
    .map((e) => e.attribs.id ?? '');
}

test('collapsedPanelCheck() names the panels that a button, role="button" or aria-expanded toggle controls', () => {
  const html = `
    <button aria-controls="a">A</button><div id="a"></div>
    <span role="button" aria-controls="b">B</span><div id="b"></div>
    <h3 aria-expanded="false" aria-controls="c d">C and D</h3><div id="c"></div><div id="d"></div>
    <div id="e"></div>`;
  assert.deepEqual(panelsOf(html), ['a', 'b', 'c', 'd']);
});

test('collapsedPanelCheck() ignores aria-controls on an element that is no toggle (a search box naming its results, a paragraph)', () => {
  const html = `<input aria-controls="results"><div id="results"></div><p aria-controls="x"></p><div id="x"></div>`;
  assert.deepEqual(panelsOf(html), []);
});

test('collapsedPanelCheck() never matches an element without an id', () => {
  assert.deepEqual(panelsOf(`<button aria-controls="">Open</button><div></div><div id=""></div>`), []);
});
