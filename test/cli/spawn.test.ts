import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { jsonLines, storyPage, tempDir } from './helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/dateline.mjs', import.meta.url));

/** Runs the real launcher as a user would: a child `node bin/dateline.mjs …` process. */
function dateline(
  args: readonly string[],
  stdin = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('bin/dateline.mjs end to end', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    await writeFile(join(dir, '1-first.html'), storyPage('First story'));
    const gz = gzipSync(storyPage('Broken story'));
    await writeFile(join(dir, '2-broken.html.gz'), gz.subarray(0, gz.length - 20));
    await writeFile(join(dir, '3-third.txt'), 'Third story, one flattened line.\n');
  });
  after(() => cleanup());

  test('--help exits 0 and shows the extract command', async () => {
    const run = await dateline(['--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Usage: dateline/);
    assert.match(run.stdout, /extract \[options\] \[inputs\.\.\.\]/);
  });

  test('a folder in jsonl runs in workers, keeps order, records the failure and exits 0', async () => {
    const missing = join(dir, '0-missing.html');
    const run = await dateline(['extract', '--format', 'jsonl', '--jobs', '2', missing, dir]);
    assert.equal(run.code, 0);
    const records = jsonLines(run.stdout);
    assert.deepEqual(
      records.map((r) => [r.input, r.error === null]),
      [
        [missing, false],
        [join(dir, '1-first.html'), true],
        [join(dir, '2-broken.html.gz'), false],
        [join(dir, '3-third.txt'), true],
      ],
    );
    assert.equal(records[2]?.error, `Cannot read "${join(dir, '2-broken.html.gz')}": truncated gzip data`);
    assert.match(run.stderr, /^dateline: 2 of 4 inputs failed:\n/);
  });

  test('a single missing file exits 1 with the reason on stderr', async () => {
    const missing = join(dir, 'nope.html');
    const run = await dateline(['extract', missing]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, `dateline: Cannot read "${missing}": no such file or folder\n`);
  });

  test('- reads a piped page and prints it as text', async () => {
    const run = await dateline(['extract', '--format', 'text', '-'], storyPage('Piped story'));
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Piped story opened with a long first paragraph/);
  });
});
