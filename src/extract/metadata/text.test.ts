import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapse, repairMojibake } from './text.ts';

test('repairMojibake() decodes UTF-8 read as Latin-1 back to the intended text', () => {
  assert.equal(repairMojibake('A DIY Investor\u00e2\u0080\u0099s Guide'), 'A DIY Investor’s Guide');
  assert.equal(collapse('  JOHNSON\u00e2\u0080\u0099S\u00c2\u00ae  '), 'JOHNSON’S®');
});

test('repairMojibake() keeps genuine Latin-1 and non-Latin text unchanged', () => {
  assert.equal(repairMojibake('Café déjà vu'), 'Café déjà vu');
  assert.equal(repairMojibake('Ã  la carte – menu'), 'Ã  la carte – menu');
  assert.equal(repairMojibake('Ã© plus 日本'), 'Ã© plus 日本');
});
