import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { jsonLines, runCli, storyPage, tempDir } from './helpers.ts';

describe('dateline extract in batch', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  const path = (name: string) => join(dir, name);
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    await writeFile(path('a.html'), storyPage('Alpha story'));
    await writeFile(path('b.html.gz'), gzipSync(storyPage('Bravo story')));
    await writeFile(path('empty.html'), '');
    await writeFile(path('junk.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    await writeFile(path('flat.txt'), 'First line of flattened copy.\n<p>Second line, not markup.</p>\n');
    await mkdir(path('tree/sub/deeper'), { recursive: true });
    await mkdir(path('tree/.hidden'), { recursive: true });
    await writeFile(path('tree/z.html'), storyPage('Zulu story'));
    await writeFile(path('tree/m.htm'), storyPage('Mike story'));
    await writeFile(path('tree/sub/c.txt'), 'Charlie line.\n');
    await writeFile(path('tree/sub/deeper/d.html.gz'), gzipSync(storyPage('Delta story')));
    await writeFile(path('tree/sub/notes.md'), '# not picked up');
    await writeFile(path('tree/.hidden/x.html'), storyPage('Hidden story'));
    const latin1 = storyPage('Café crème').replace('utf-8', 'x-made-up-charset');
    await writeFile(path('charset.html'), Buffer.from(latin1, 'latin1'));
  });
  after(() => cleanup());

  test('jsonl keeps input order with mixed good and bad inputs, and the batch completes (exit 0)', async () => {
    const inputs = [
      path('a.html'),
      path('missing.html'),
      path('junk.bin'),
      path('b.html.gz'),
      path('empty.html'),
    ];
    const run = await runCli(['extract', '--format', 'jsonl', '--jobs', '2', ...inputs]);
    assert.equal(run.code, 0);
    const records = jsonLines(run.stdout);
    assert.deepEqual(
      records.map((r) => r.input),
      inputs,
    );
    for (const record of records) {
      for (const key of ['input', 'text', 'title', 'authors', 'published', 'error'])
        assert.ok(key in record, key);
    }
    assert.equal(records[0]?.error, null);
    assert.match(String(records[0]?.text), /Alpha story opened/);
    assert.equal(records[1]?.error, `Cannot read "${path('missing.html')}": no such file or folder`);
    assert.match(String(records[2]?.error), /^Cannot decode ".*junk\.bin": .*binary/);
    assert.equal(records[3]?.error, null);
    assert.match(String(records[3]?.text), /Bravo story opened/);
    // An empty file is a content problem (decode's empty-input warning), not a failure.
    assert.equal(records[4]?.error, null);
    assert.equal(records[4]?.text, '');
    assert.match(run.stderr, /^dateline: 2 of 5 inputs failed:\n {2}.*missing\.html: Cannot read/);
  });

  test('several inputs default to jsonl', async () => {
    const run = await runCli(['extract', '--timeout', '0', path('a.html'), path('b.html.gz')]);
    assert.equal(run.code, 0);
    assert.deepEqual(
      jsonLines(run.stdout).map((r) => r.input),
      [path('a.html'), path('b.html.gz')],
    );
  });

  test('a folder is searched recursively for .html, .htm, .html.gz and .txt, sorted by path', async () => {
    const run = await runCli(['extract', '--timeout', '0', path('tree')]);
    assert.equal(run.code, 0);
    assert.deepEqual(
      jsonLines(run.stdout).map((r) => r.input),
      [path('tree/m.htm'), path('tree/sub/c.txt'), path('tree/sub/deeper/d.html.gz'), path('tree/z.html')],
    );
  });

  test('--list reads one input per line after the positional inputs, skipping comments', async () => {
    await writeFile(path('list.txt'), `# pages\n${path('b.html.gz')}\n\n${path('missing.html')}\n`);
    const run = await runCli(['extract', '--timeout', '0', '--list', path('list.txt'), path('a.html')]);
    assert.equal(run.code, 0);
    assert.deepEqual(
      jsonLines(run.stdout).map((r) => [r.input, r.error === null]),
      [
        [path('a.html'), true],
        [path('b.html.gz'), true],
        [path('missing.html'), false],
      ],
    );
  });

  test('an unreadable --list is a usage error (exit 2)', async () => {
    const run = await runCli(['extract', '--list', path('no-list.txt')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^dateline: Cannot read list ".*no-list\.txt"/);
  });

  test('- reads the page from stdin', async () => {
    const run = await runCli(['extract', '--timeout', '0', '-'], storyPage('Stdin story'));
    assert.equal(run.code, 0);
    const record = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.equal(record.input, '-');
    assert.match(String(record.text), /Stdin story opened/);
  });

  test('.txt is read as flattened text, and --from text forces it for any name', async () => {
    const auto = await runCli(['extract', '--timeout', '0', '--format', 'text', path('flat.txt')]);
    assert.equal(auto.code, 0);
    assert.match(auto.stdout, /<p>Second line, not markup\.<\/p>/);
    await writeFile(path('flat.dat'), '<p>Kept as text.</p>\nAnother line.\n');
    const forced = await runCli([
      'extract',
      '--timeout',
      '0',
      '--from',
      'text',
      '--format',
      'text',
      path('flat.dat'),
    ]);
    assert.equal(forced.code, 0);
    assert.match(forced.stdout, /<p>Kept as text\.<\/p>/);
    const html = await runCli([
      'extract',
      '--timeout',
      '0',
      '--from',
      'html',
      '--format',
      'text',
      path('flat.dat'),
    ]);
    assert.doesNotMatch(html.stdout, /<p>/);
  });

  test('an unknown charset label does not stop the page or the batch', async () => {
    const run = await runCli([
      'extract',
      '--timeout',
      '0',
      '--format',
      'jsonl',
      path('charset.html'),
      path('a.html'),
    ]);
    assert.equal(run.code, 0);
    const records = jsonLines(run.stdout);
    assert.equal(records.length, 2);
    assert.equal(records[0]?.error, null);
    assert.match(String(records[0]?.text), /Caf. cr.me opened/);
    assert.equal(records[1]?.error, null);
  });

  test('--format json with a batch prints one JSON array in input order', async () => {
    const run = await runCli([
      'extract',
      '--timeout',
      '0',
      '--format',
      'json',
      path('a.html'),
      path('missing.html'),
    ]);
    assert.equal(run.code, 0);
    const records = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(
      records.map((r) => r.input),
      [path('a.html'), path('missing.html')],
    );
    assert.match(String(records[1]?.error), /no such file/);
  });

  test('a folder with no pages prints an empty batch and says so', async () => {
    await mkdir(path('nothing'), { recursive: true });
    const run = await runCli(['extract', '--format', 'json', path('nothing')]);
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.stdout), []);
    assert.match(run.stderr, /no \.html, \.htm, \.html\.gz or \.txt files found/);
  });
});
