import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { removeStaleBundles, withOwnModuleUrl, workerBundle } from '../../src/worker/bundle.ts';
import { createPagePool } from '../../src/worker/pool.ts';
import { emptyPageTask } from '../support/empty-task.ts';

const probe = new URL('./probe-worker.ts', import.meta.url);

test('a worker runs its entry as an ES-module bundle whose files keep their own import.meta.url', async () => {
  const pool = createPagePool<{ url: string; esm: boolean; userAgent: string }>({
    threads: 1,
    timeoutMs: 30_000,
    filename: probe,
  });
  try {
    const result = await pool.run(emptyPageTask());
    assert.ok(result.ok);
    assert.equal(result.output.url, probe.href);
    assert.equal(result.output.esm, true);
    // user-agent.ts reads package.json next to its own source, which the bundle must keep finding.
    assert.match(result.output.userAgent, /^Dateline\/\d+\.\d+\.\d+ /);
  } finally {
    await pool.close();
  }
});

test('the bundle is built once per entry, named by its content and written whole', async () => {
  const first = await workerBundle(probe);
  assert.equal(await workerBundle(probe), first);
  assert.match(first.href, /\/node_modules\/\.cache\/dateline\/probe-worker-[0-9a-f]{16}\.mjs$/);
  assert.ok(existsSync(fileURLToPath(first)));
});

test('bundles of the same entry unused for a week are removed, recent ones kept', async () => {
  const current = fileURLToPath(await workerBundle(probe));
  const dir = dirname(current);
  const stale = join(dir, 'probe-worker-00000000000000aa.mjs');
  const recent = join(dir, 'probe-worker-00000000000000bb.mjs');
  writeFileSync(stale, '');
  writeFileSync(recent, '');
  const longAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
  utimesSync(stale, longAgo, longAgo);
  removeStaleBundles('probe-worker', current);
  assert.equal(existsSync(stale), false);
  assert.equal(existsSync(recent), true);
  assert.equal(existsSync(current), true);
  rmSync(recent);
});

test('bundling the bundler itself leaves its own import.meta.url rewriting intact', () => {
  const source = readFileSync(new URL('../../src/worker/bundle.ts', import.meta.url), 'utf8');
  const bundled = withOwnModuleUrl(source, '"file:///x/bundle.ts"');
  assert.ok(bundled.includes(String.raw`/\bimport\.meta\.url\b/g`), 'the pattern survives');
  assert.equal(withOwnModuleUrl('new URL("a", import.meta.url)', '"u"'), 'new URL("a", "u")');
});
