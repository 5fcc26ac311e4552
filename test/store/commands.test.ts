import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { warcResponseRecord } from '../../src/ingest/warc-write.ts';
import { jsonLines, runCli } from '../cli/helpers.ts';
import { page } from './fixtures/pages.ts';

const dir = mkdtempSync(join(tmpdir(), 'dateline-corpus-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('ingest, search, stories and export work on one store file (in-process, --timeout 0)', async () => {
  const folder = join(dir, 'pages');
  mkdirSync(folder);
  for (let n = 0; n < 4; n++)
    writeFileSync(join(folder, `p${n}.html`), page(n, { site: n < 2 ? 'a.example' : 'b.example' }));
  writeFileSync(join(folder, 'copy.html'), page(0, { site: 'a.example' }));
  const db = join(dir, 'corpus.db');

  const first = await runCli(['ingest', folder, '--db', db, '--timeout', '0']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /4 new, 0 updated, 1 duplicate, .* 0 skipped/);
  const again = await runCli(['ingest', folder, '--db', db, '--timeout', '0']);
  assert.match(again.stdout, /0 new, .* 5 skipped/);

  const hits = jsonLines((await runCli(['search', 'copper', '--db', db, '--json'])).stdout);
  assert.equal(hits.length, 1);
  assert.match(String(hits[0]?.snippet), /\[copper\]/);
  const bySite = jsonLines(
    (await runCli(['search', 'talks', '--site', 'b.example', '--db', db, '--json'])).stdout,
  );
  assert.deepEqual(
    bySite.map((h) => h.site),
    ['b.example', 'b.example'],
  );
  const text = await runCli(['search', 'copper', '--db', db]);
  assert.match(text.stdout, /^1 matches \(1–1\)\n\n#\d+ \(/);

  const stories = jsonLines((await runCli(['stories', '--min-size', '1', '--db', db, '--json'])).stdout);
  const members = stories.flatMap((s) => s.members as unknown[]);
  assert.equal(members.length, 4);

  const exported = jsonLines((await runCli(['export', '--db', db])).stdout);
  assert.equal(exported.length, 4);
  assert.ok(exported.every((r) => typeof r.title === 'string' && typeof r.text === 'string'));
  const md = (await runCli(['export', '--format', 'markdown', '--db', db])).stdout;
  assert.equal(md.split('\n\n---\n\n').length, 4);
});

test('search rejects a date it cannot read', async () => {
  const run = await runCli(['search', 'x', '--from', 'last tuesday', '--db', join(dir, 'empty.db')]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /"last tuesday" is not a date/);
});

test('ingest reads a WARC (gzip member per record) and a rerun skips every record', async () => {
  const records = await Promise.all(
    [0, 1, 2].map((n) =>
      warcResponseRecord({ url: `https://w.example/story-${n}`, html: page(n, { site: 'w.example' }) }),
    ),
  );
  const warc = join(dir, 'pages.warc.gz');
  writeFileSync(warc, Buffer.concat(records));
  const db = join(dir, 'warc.db');
  const first = await runCli(['ingest', warc, '--db', db, '--timeout', '0']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /3 new, .* 0 failed, 0 skipped/);
  const again = await runCli(['ingest', warc, '--db', db, '--timeout', '0']);
  assert.match(again.stdout, /0 new, .* 3 skipped/);
  const hits = jsonLines(
    (await runCli(['search', 'talks', '--site', 'w.example', '--db', db, '--json'])).stdout,
  );
  assert.equal(hits.length, 3);
});
