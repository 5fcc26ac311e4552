import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureTree } from './dom/measure.ts';
import { elementsByTag } from './dom/nodes.ts';
import { parseHtml } from './parse-html.ts';
import { signupBoxCheck } from './signup-box.ts';

/** The ids of the divs the check calls sign-up boxes. */
function boxesOf(html: string): string[] {
  const { document } = parseHtml(html);
  const measures = measureTree(document);
  const isBox = signupBoxCheck(document, (e) => measures.get(e));
  return elementsByTag(document, new Set(['div']))
    .filter(isBox)
    .map((e) => e.attribs.id ?? '');
}

test('signupBoxCheck() finds the boxes around an e-mail or phone field, or a text field named for one', () => {
  const html = `
    <div id="a"><p>Get the newsletter</p><form><input type="email"></form></div>
    <div id="b"><input type="TEL"></div>
    <div id="c"><input name="newsletter-address"></div>
    <div id="d"><input type="text" placeholder="Your e-mail"></div>
    <div id="e"><input aria-label="Phone number"></div>`;
  assert.deepEqual(boxesOf(html), ['a', 'b', 'c', 'd', 'e']);
});

test('signupBoxCheck() leaves search boxes, other fields and text about e-mail alone', () => {
  const html = `
    <div id="search"><input type="search" name="email-archive"></div>
    <div id="box"><input type="checkbox" name="subscribe"><input type="text" name="q"></div>
    <div id="prose"><p>Readers can e-mail the newsroom or subscribe by phone.</p></div>`;
  assert.deepEqual(boxesOf(html), []);
});

test('signupBoxCheck() stops at an element holding more than a sign-up box’s text: the article around it', () => {
  const prose = '<p>A paragraph of the article that goes on for a while. </p>'.repeat(20);
  const html = `<div id="article">${prose}<div id="box"><p>Sign up</p><input type="email"></div></div>`;
  assert.deepEqual(boxesOf(html), ['box']);
});
