import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripInertMarkup } from './strip-inert.ts';

test('stripInertMarkup() removes scripts, styles, comments and svg but keeps JSON-LD', () => {
  const html =
    '<p>a</p><script>var x = "<p>no</p>";</script><STYLE>p{}</STYLE><!-- c --><svg><title>icon</title></svg>' +
    '<script type="application/ld+json">{"@type":"NewsArticle"}</script><p>b</p>';
  assert.equal(
    stripInertMarkup(html),
    '<p>a</p><script type="application/ld+json">{"@type":"NewsArticle"}</script><p>b</p>',
  );
});

test('stripInertMarkup() stops at an element that never closes and keeps the rest as is', () => {
  assert.equal(
    stripInertMarkup('<p>a</p><script>x</script><p>b</p><script>never closed <p>c</p>'),
    '<p>a</p><p>b</p><script>never closed <p>c</p>',
  );
});

test('stripInertMarkup() leaves React streaming pages untouched (their scripts are replayed)', () => {
  const html = '<!--$?--><template id="B:0"></template><!--/$--><script>$RC("B:0","S:0")</script>';
  assert.equal(stripInertMarkup(html), html);
});

test('stripInertMarkup() is linear on many unclosed openings (hostile input)', () => {
  const html = '<script>'.repeat(50_000) + 'x'.repeat(1000);
  // Completes at once: the first unclosed script ends the scan instead of 50 000 rescans.
  assert.equal(stripInertMarkup(html), html);
});
