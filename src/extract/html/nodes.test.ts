import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Element, Text } from 'domhandler';
import { createElement, createText } from './nodes.ts';

describe('parser nodes', () => {
  test('are domhandler Elements and Texts with the same own properties, in the same order', () => {
    const made = createElement('p', { class: 'lead' });
    const reference = new Element('p', { class: 'lead' });
    assert.ok(made instanceof Element);
    assert.deepEqual(Object.keys(made), Object.keys(reference));
    assert.deepEqual({ ...made }, { ...reference });
    const text = createText('Hello');
    assert.ok(text instanceof Text);
    assert.deepEqual(Object.keys(text), Object.keys(new Text('Hello')));
  });

  test('answer the DOM-style getters domhandler defines', () => {
    const element = createElement('script', {});
    const text = createText('x');
    element.children.push(text);
    text.parent = element;
    assert.equal(element.type, 'script');
    assert.equal(element.tagName, 'script');
    assert.equal(element.firstChild, text);
    assert.equal(text.nodeType, 3);
    assert.equal(text.parentNode, element);
    assert.equal(createElement('style', {}).type, 'style');
    assert.equal(createElement('div', {}).type, 'tag');
  });

  test('clone into domhandler nodes', () => {
    const element = createElement('a', { href: '/x' });
    const clone = element.cloneNode(true);
    assert.ok(clone instanceof Element);
    assert.deepEqual(clone.attribs, { href: '/x' });
  });
});
