import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { detectLanguage, normalizeLanguage } from './language.ts';

test('normalizeLanguage() reduces tags and old codes to ISO 639-1', () => {
  assert.equal(normalizeLanguage('en-US'), 'en');
  assert.equal(normalizeLanguage('pt_BR'), 'pt');
  assert.equal(normalizeLanguage('DE'), 'de');
  assert.equal(normalizeLanguage('iw'), 'he');
  assert.equal(normalizeLanguage('eng'), 'en');
  assert.equal(normalizeLanguage('x-klingon'), undefined);
  assert.equal(normalizeLanguage(''), undefined);
});

test('detectLanguage() identifies news text and declines on too little text', () => {
  const german = 'Die Bundesregierung hat am Dienstag neue Maßnahmen zur Entlastung der Bürger beschlossen.';
  const french = 'Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les ménages.';
  assert.equal(detectLanguage(german), 'de');
  assert.equal(detectLanguage(french), 'fr');
  assert.equal(detectLanguage('ok'), undefined);
});

test('detectLanguage() lets the JSON n-gram table go once its compact copy is built', () => {
  detectLanguage('Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les ménages.');
  const cached = Object.keys(createRequire(import.meta.url).cache);
  assert.equal(cached.filter((file) => file.endsWith('language-ngrams.json')).length, 0);
});

test('the JSON n-gram table is exactly eld’s extra-small table (rebuild with data/build-language-ngrams.ts)', async () => {
  const { eldNgrams } = await import('./data/eld-ngrams-source.ts');
  const copy = createRequire(import.meta.url)('./data/language-ngrams.json') as unknown;
  assert.deepEqual(copy, await eldNgrams());
});
