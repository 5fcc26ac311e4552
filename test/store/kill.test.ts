import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { page } from './fixtures/pages.ts';

const BIN = fileURLToPath(new URL('../../bin/dateline.mjs', import.meta.url));
const PAGES = 60;
const dir = mkdtempSync(join(tmpdir(), 'dateline-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function ingest(folder: string, db: string) {
  return spawn(process.execPath, [BIN, 'ingest', folder, '--db', db, '--jobs', '1', '--no-cluster'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

interface Snapshot {
  articles: Array<{ id: number; content_hash: string; input: string }>;
  sources: number;
  fts: number;
}

function snapshot(db: string): Snapshot {
  const raw = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const articles = raw
      .prepare('SELECT id, content_hash, input FROM articles ORDER BY id')
      .all() as Snapshot['articles'];
    const sources = (raw.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
    const fts = (raw.prepare('SELECT count(*) AS n FROM article_fts').get() as { n: number }).n;
    return { articles, sources, fts };
  } finally {
    raw.close();
  }
}

/** Article rows so far, or 0 while the child has not created the schema yet. */
function countSoFar(db: string): number {
  try {
    return snapshot(db).articles.length;
  } catch {
    return 0;
  }
}

test('an ingest killed half-way resumes: nothing committed is lost, nothing is stored twice', async () => {
  const folder = join(dir, 'pages');
  mkdirSync(folder);
  for (let n = 0; n < PAGES; n++) writeFileSync(join(folder, `p${String(n).padStart(3, '0')}.html`), page(n));
  const db = join(dir, 'kill.db');
  const child = ingest(folder, db);
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  while (countSoFar(db) < 5) await sleep(20);
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL');

  const killed = snapshot(db);
  assert.ok(killed.articles.length < PAGES, `killed before the end (${killed.articles.length} stored)`);
  assert.equal(killed.fts, killed.articles.length, 'index and rows committed together');

  const rerun = ingest(folder, db);
  let out = '';
  rerun.stdout.on('data', (chunk) => {
    out += chunk;
  });
  const code = await new Promise<number | null>((resolve) => rerun.once('exit', resolve));
  assert.equal(code, 0);
  assert.match(out, new RegExp(`${PAGES - killed.sources} new, .* ${killed.sources} skipped`));

  const done = snapshot(db);
  assert.equal(done.articles.length, PAGES);
  assert.equal(done.sources, PAGES);
  assert.equal(done.fts, PAGES);
  assert.equal(new Set(done.articles.map((a) => a.content_hash)).size, PAGES, 'no content stored twice');
  assert.equal(new Set(done.articles.map((a) => a.input)).size, PAGES, 'no page stored twice');
  for (const before of killed.articles) {
    assert.deepEqual(
      done.articles.find((a) => a.id === before.id),
      before,
      `article ${before.id} committed before the kill is still there`,
    );
  }
});
