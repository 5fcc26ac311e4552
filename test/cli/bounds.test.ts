import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { createPagePool } from '../../src/worker/pool.ts';
import { emptyPageTask } from '../support/empty-task.ts';
import { jsonLines, runCli, storyPage, tempDir } from './helpers.ts';

/** Writes a page of about `mib` MiB without holding it in memory. */
async function writeBigPage(path: string, mib: number): Promise<void> {
  const out = createWriteStream(path);
  const paragraph = `<p>${'word '.repeat(200)}</p>\n`;
  const rounds = Math.ceil((mib * 1024 * 1024) / paragraph.length);
  out.write('<!doctype html><html><body><article>');
  for (let i = 0; i < rounds; i++) {
    if (!out.write(paragraph)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end('</article></body></html>');
  await finished(out);
}

describe('every page is bounded', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  const path = (name: string) => join(dir, name);
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    await writeFile(path('good.html'), storyPage('Good story'));
  });
  after(() => cleanup());

  test('a 50 MB page fails with a size error and the batch goes on', async () => {
    await writeBigPage(path('huge.html'), 50);
    const run = await runCli([
      'extract',
      '--format',
      'jsonl',
      '--timeout',
      '0',
      path('huge.html'),
      path('good.html'),
    ]);
    assert.equal(run.code, 0);
    const [huge, good] = jsonLines(run.stdout);
    assert.equal(
      huge?.error,
      `Cannot read "${path('huge.html')}": larger than 20 MiB (--max-bytes 20971520)`,
    );
    assert.equal(good?.error, null);
  });

  test('--max-bytes lowers the cap', async () => {
    await writeFile(path('medium.html'), storyPage('Medium story', ['x'.repeat(5000)]));
    const run = await runCli(['extract', '--timeout', '0', '--max-bytes', '4096', path('medium.html')]);
    assert.equal(run.code, 1);
    assert.equal(
      run.stderr,
      `dateline: Cannot read "${path('medium.html')}": larger than 4 KiB (--max-bytes 4096)\n`,
    );
  });

  test('a gzip bomb stops at the cap while inflating', async () => {
    // 64 MiB of one byte deflates to about 64 KiB: only the streaming check keeps memory bounded.
    await writeFile(path('bomb.html.gz'), gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)));
    const run = await runCli([
      'extract',
      '--format',
      'jsonl',
      '--timeout',
      '0',
      '--max-bytes',
      '1048576',
      path('bomb.html.gz'),
    ]);
    assert.equal(run.code, 0);
    assert.equal(
      jsonLines(run.stdout)[0]?.error,
      `Cannot read "${path('bomb.html.gz')}": larger than 1 MiB (--max-bytes 1048576)`,
    );
  });

  test('a truncated gzip file is a clear read error', async () => {
    const gz = gzipSync(storyPage('Cut story'));
    await writeFile(path('cut.html.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
    const run = await runCli([
      'extract',
      '--format',
      'jsonl',
      '--timeout',
      '0',
      path('cut.html.gz'),
      path('good.html'),
    ]);
    assert.equal(run.code, 0);
    const [cut, good] = jsonLines(run.stdout);
    assert.equal(cut?.error, `Cannot read "${path('cut.html.gz')}": truncated gzip data`);
    assert.equal(good?.error, null);
  });

  test('100 000 nested <div>s are processed or recorded as an error within the time bound', async () => {
    const depth = 100_000;
    const nested = `<html><body>${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</body></html>`;
    await writeFile(path('nested.html'), nested);
    const run = await runCli([
      'extract',
      '--format',
      'jsonl',
      '--jobs',
      '1',
      path('nested.html'),
      path('good.html'),
    ]);
    assert.equal(run.code, 0);
    const [deep, good] = jsonLines(run.stdout);
    assert.equal(deep?.input, path('nested.html'));
    if (deep?.error !== null) {
      assert.match(
        String(deep?.error),
        /^(Timed out after 2000 ms extracting|Out of memory extracting|Cannot \w+) "/,
      );
    }
    assert.equal(good?.error, null);
  });

  test('a page over --timeout gets a timeout error and the next page still runs', async () => {
    await writeBigPage(path('slow.html'), 4);
    const run = await runCli([
      'extract',
      '--format',
      'jsonl',
      '--jobs',
      '1',
      '--timeout',
      '1',
      path('slow.html'),
      path('good.html'),
    ]);
    assert.equal(run.code, 0);
    const [slow, next] = jsonLines(run.stdout);
    assert.equal(slow?.error, `Timed out after 1 ms extracting "${path('slow.html')}"`);
    // The next page runs on a fresh worker; 1 ms may be too short for it too, but it is not skipped.
    assert.equal(next?.input, path('good.html'));
    assert.match(String(next?.error ?? 'null'), /^(null|Timed out after 1 ms extracting ")/);
  });
});

describe('createPagePool()', () => {
  const spinWorker = new URL('./spin-worker.ts', import.meta.url);
  const task = (input: string) => emptyPageTask(input, 'jsonl');

  test('ends a page stuck in synchronous code and replaces its worker', async () => {
    const pool = createPagePool({ threads: 1, timeoutMs: 200, filename: spinWorker });
    try {
      const stuck = await pool.run(task('spin-forever'));
      assert.deepEqual(stuck, { ok: false, error: 'Timed out after 200 ms extracting "spin-forever"' });
      const next = await pool.run(task('after'));
      assert.deepEqual(next, { ok: true, output: 'echo after' });
    } finally {
      await pool.close();
    }
  });

  test('the time a page waits in the queue does not count against its limit', async () => {
    // Hard limit 1.5 s (hardLimitMs). The second page starts after the first's 1 s, so it ends
    // 2 s after it was queued, but only 1 s after a worker began it.
    const pool = createPagePool({ threads: 1, timeoutMs: 1000, filename: spinWorker });
    try {
      const results = await Promise.all([pool.run(task('busy-1000')), pool.run(task('busy-1000'))]);
      assert.deepEqual(results, [
        { ok: true, output: 'echo busy-1000' },
        { ok: true, output: 'echo busy-1000' },
      ]);
    } finally {
      await pool.close();
    }
  });

  test('pages keep running in parallel while one is stuck', async () => {
    const pool = createPagePool({ threads: 2, timeoutMs: 300, filename: spinWorker });
    try {
      const results = await Promise.all([pool.run(task('spin-1')), pool.run(task('a')), pool.run(task('b'))]);
      assert.deepEqual(
        results.map((r) => r.ok),
        [false, true, true],
      );
    } finally {
      await pool.close();
    }
  });
});
