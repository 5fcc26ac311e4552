import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkLayers, findImports, type SourceFile } from '../scripts/check-layers.ts';

const file = (path: string, text: string): SourceFile => ({ path, text });
const rulesBroken = (files: SourceFile[]) => checkLayers(files).map((v) => `${v.file}:${v.line} ${v.rule}`);

test('findImports() finds static, multi-line, side-effect, dynamic and require imports with lines', () => {
  const text = [
    "import { a } from './a.ts';",
    'import {',
    '  b,',
    "} from '../b.ts';",
    "import 'node:fs';",
    "const c = await import('undici');",
    "const d = require('fs/promises');",
    "export * from './e.ts';",
  ].join('\n');
  const refs = findImports(file('src/extract/x.ts', text));
  assert.deepEqual(
    refs.map((r) => [r.line, r.target]),
    [
      [1, 'src/extract/a.ts'],
      [2, 'src/b.ts'],
      [5, 'node:fs'],
      [6, 'undici'],
      [7, 'node:fs/promises'],
      [8, 'src/extract/e.ts'],
    ],
  );
});

test('findImports() ignores imports inside comments', () => {
  const text = "// import x from 'node:fs';\n/* import 'undici' */\nconst url = 'https://x'; // from 'y'\n";
  assert.deepEqual(findImports(file('src/extract/x.ts', text)), []);
});

test('checkLayers() lets src/model.ts import nothing at all', () => {
  assert.deepEqual(rulesBroken([file('src/model.ts', "import type { X } from './other.ts';")]), [
    'src/model.ts:1 model-imports-nothing',
  ]);
});

test('checkLayers() keeps I/O and shells out of the core, bare builtins included', () => {
  const broken = rulesBroken([
    file('src/extract/a.ts', "import { readFileSync } from 'fs';"),
    file('src/pipeline.ts', "\nimport { fetchUrl } from './ingest/url.ts';"),
    file('src/util/b.ts', "import { request } from 'undici';"),
    file('src/enrich/c.ts', "import { spawn } from 'node:child_process';"),
    file('src/structure/d.ts', "import { Store } from '../store/sqlite.ts';"),
  ]);
  assert.deepEqual(broken, [
    'src/extract/a.ts:1 core-does-no-io',
    'src/pipeline.ts:2 core-does-no-io',
    'src/util/b.ts:1 core-does-no-io',
    'src/enrich/c.ts:1 core-does-no-io',
    'src/structure/d.ts:1 core-does-no-io',
  ]);
});

test('checkLayers() allows I/O in shells and in core test files', () => {
  const broken = rulesBroken([
    file('src/ingest/file.ts', "import { readFile } from 'node:fs/promises';"),
    file('src/decode/fixtures.test.ts', "import { readFileSync } from 'node:fs';"),
    file(
      'src/extract/index.ts',
      "import { layoutBlocks } from '../util/layout.ts';\nimport type { Decoded } from '../model.ts';",
    ),
  ]);
  assert.deepEqual(broken, []);
});

test('checkLayers() forbids a stage to import a later stage, and util to import any stage', () => {
  const broken = rulesBroken([
    file('src/extract/a.ts', "import { structure } from '../structure/index.ts';"),
    file(
      'src/structure/b.ts',
      "import { enrich } from '../enrich/index.ts';\nimport { extract } from '../extract/index.ts';",
    ),
    file('src/decode/c.ts', "import { x } from '../extract/rules.ts';"),
    file('src/util/d.ts', "import { decode } from '../decode/index.ts';"),
  ]);
  assert.deepEqual(broken, [
    'src/extract/a.ts:1 extract-before-structure',
    'src/structure/b.ts:1 structure-before-enrich',
    'src/decode/c.ts:1 decode-is-first',
    'src/util/d.ts:1 util-imports-no-stage',
  ]);
});

test('checkLayers() exempts listed generators but flags any import of them', () => {
  const broken = rulesBroken([
    file('src/enrich/data/compile-gpe.ts', "import { writeFileSync } from 'node:fs';"),
    file('src/enrich/d.ts', "import { main } from './data/compile-gpe.ts';"),
  ]);
  assert.deepEqual(broken, ['src/enrich/d.ts:1 exempt-file-imported']);
});
