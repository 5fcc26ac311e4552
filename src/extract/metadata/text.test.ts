import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHtml } from '../parse-html.ts';
import { boundedText, collapse, repairMojibake } from './text.ts';

test('repairMojibake() decodes UTF-8 read as Latin-1 back to the intended text', () => {
  assert.equal(repairMojibake('A DIY Investor\u00e2\u0080\u0099s Guide'), 'A DIY Investor’s Guide');
  assert.equal(collapse('  JOHNSON\u00e2\u0080\u0099S\u00c2\u00ae  '), 'JOHNSON’S®');
});

test('repairMojibake() keeps genuine Latin-1 and non-Latin text unchanged', () => {
  assert.equal(repairMojibake('Café déjà vu'), 'Café déjà vu');
  assert.equal(repairMojibake('Ã  la carte – menu'), 'Ã  la carte – menu');
  assert.equal(repairMojibake('Ã© plus 日本'), 'Ã© plus 日本');
});

test('boundedText() separates words at an inline element a block utility class sets apart (WCXB 2976)', () => {
  const h1 = parseHtml(
    '<h1>The Best Notion Alternatives<span class="block mt-0.5">Top Note-taking Tools</span></h1>',
  ).document.children[0]!;
  assert.equal(boundedText(h1, 400), 'The Best Notion Alternatives Top Note-taking Tools');
});
