import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { CharsetSource, InputKind } from '../model.ts';
import { resolveOptions } from '../options.ts';
import { decode } from './index.ts';

// Byte-exact fixture files; see test/fixtures/decode/README.md for how each was made and checked.
const DIR = new URL('../../test/fixtures/decode/', import.meta.url);

const FIXTURES: [file: string, charset: string, source: CharsetSource, kind: InputKind][] = [
  ['cp1252-http-equiv.html', 'windows-1252', 'meta', 'html'],
  ['utf16be-bom.html', 'utf-16be', 'bom', 'html'],
  ['iso-2022-jp.txt', 'iso-2022-jp', 'detected', 'text'],
];

describe('decode() fixture files', () => {
  for (const [file, charset, source, kind] of FIXTURES) {
    it(`decode() reads ${file} as ${charset} (${source}) ${kind}`, () => {
      const bytes = new Uint8Array(readFileSync(new URL(file, DIR)));
      const expected = readFileSync(new URL(file.replace(/\.[a-z]+$/, '.expected.txt'), DIR), 'utf8');
      const out = decode({ input: file, bytes }, resolveOptions());
      assert.equal(out.charset, charset);
      assert.equal(out.charsetSource, source);
      assert.equal(out.kind, kind);
      assert.equal(out.content, expected);
    });
  }
});
