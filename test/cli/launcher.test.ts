import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, dirname } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { binLaunch } from '../../bench/lib/bin-flags.ts';

const BIN = fileURLToPath(new URL('../../bin/dateline.mjs', import.meta.url));

test("the benchmarks read the launcher's malloc variables and Node flags from its #! line", () => {
  assert.deepEqual(binLaunch(), {
    env: { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' },
    flags: ['--max-semi-space-size=2'],
  });
});

test('bin/dateline.mjs runs through its #! line (env -S with variables), as npx runs it', () => {
  // Linux reads at most 127 bytes of a #! line before kernel 5.1.
  assert.ok((readFileSync(BIN, 'utf8').split('\n', 1)[0] ?? '').length <= 127);
  const run = spawnSync(BIN, ['--version'], {
    encoding: 'utf8',
    // `env` finds `node` on PATH: the one running these tests first.
    env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` },
  });
  assert.equal(run.status, 0, run.stderr);
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  assert.equal(run.stdout.trim(), version);
});
