import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode } from '../decode/index.ts';
import { resolveOptions } from '../options.ts';
import { extract } from './index.ts';

const PAGE = `<html><body><article><h1>Le port rouvre</h1>
<p>Le port a rouvert vendredi aux navires après une semaine de tempêtes qui l'avaient fermé à tout trafic, a indiqué l'autorité portuaire.</p>
<p>Les bateaux de pêche sont sortis les premiers, suivis du ferry pour les îles, qui a effectué deux traversées supplémentaires.</p>
</article></body></html>`;

function run(html: string, init: Parameters<typeof resolveOptions>[0] = {}) {
  const options = resolveOptions(init);
  return extract(decode({ input: 'page.html', bytes: new TextEncoder().encode(html) }, options), options);
}

test('extract() detects the body language when the page declares none', () => {
  const doc = run(PAGE);
  assert.equal(doc.language, 'fr');
  assert.equal(doc.metadataSources.language, 'detected-from-text');
});

test('extract() keeps the declared language and skips detection', () => {
  const doc = run(PAGE.replace('<html>', '<html lang="de">'));
  assert.equal(doc.language, 'de');
  assert.notEqual(doc.metadataSources.language, 'detected-from-text');
});

test('extract() leaves language undefined when detection is turned off', () => {
  assert.equal(run(PAGE, { detectLanguage: false }).language, undefined);
});
