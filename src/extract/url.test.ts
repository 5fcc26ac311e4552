import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeResolver } from './url.ts';

test('links resolve against the page URL; unsafe schemes and fragments are dropped', () => {
  const resolve = makeResolver('https://news.example/world/story.html');
  assert.equal(resolve('../sport/a.html'), 'https://news.example/sport/a.html');
  assert.equal(resolve(' //cdn.example/x '), 'https://cdn.example/x');
  assert.equal(resolve('mailto:desk@news.example'), 'mailto:desk@news.example');
  assert.equal(resolve('javascript:alert(1)'), undefined);
  assert.equal(resolve('#comments'), undefined);
  assert.equal(resolve('   '), undefined);
});

test('without a page URL, relative links stay as written and scheme tricks are still dropped', () => {
  const resolve = makeResolver(undefined);
  assert.equal(resolve('/world/a.html'), '/world/a.html');
  assert.equal(resolve('1a:b'), '1a:b'); // not a scheme: a digit first
  assert.equal(resolve('https://news.example/a'), 'https://news.example/a');
  // The URL parser drops tabs and newlines anywhere and C0 controls in front: each is javascript:.
  for (const href of [
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\nscript:x',
  ])
    assert.equal(resolve(href), undefined, JSON.stringify(href));
  assert.equal(resolve('ht\ntp://news.example/a'), 'http://news.example/a');
  assert.equal(resolve('http://['), undefined); // a scheme, unparsable
});

test('the resolver without a base gives what parsing every link would', () => {
  // “Names a scheme” as the URL parser reads it: C0 controls in front and tabs or newlines ignored.
  const namesScheme = (href: string) =>
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the parser skips C0 controls in front
    /^[a-z][a-z0-9+.-]*:/i.test(href.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''));
  const byParsing = (href: string): string | undefined => {
    const trimmed = href.trim();
    if (trimmed.length === 0 || trimmed.startsWith('#')) return undefined;
    try {
      const url = new URL(trimmed);
      return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
    } catch {
      return namesScheme(trimmed) ? undefined : trimmed;
    }
  };
  const resolve = makeResolver(undefined);
  const parts = [
    'a',
    '1',
    ':',
    '/',
    '\t',
    '\n',
    '\u0001',
    ' ',
    'h',
    '+',
    '.',
    '#',
    '?',
    'javascript:',
    'http:',
  ];
  let state = 7;
  for (let round = 0; round < 5000; round++) {
    let href = '';
    for (let k = 0; k < 6; k++) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      href += parts[state % parts.length];
    }
    assert.equal(resolve(href), byParsing(href), JSON.stringify(href));
  }
});
