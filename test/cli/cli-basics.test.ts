import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PACKAGE_VERSION } from '../../src/ingest/index.ts';
import { runCli, storyPage, tempDir } from './helpers.ts';

describe('dateline command line', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    await writeFile(join(dir, 'story.html'), storyPage('Harbour reopens'));
  });
  after(() => cleanup());

  test('--version prints the package version and exits 0', async () => {
    const run = await runCli(['--version']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout.trim(), PACKAGE_VERSION);
  });

  test('extract --help lists every option and the examples, exit 0', async () => {
    const run = await runCli(['extract', '--help']);
    assert.equal(run.code, 0);
    for (const flag of [
      '--format',
      '--from',
      '--url',
      '--explain',
      '--jobs',
      '--timeout',
      '--max-bytes',
      '--list',
      '--no-structure',
      '--no-enrich',
    ]) {
      assert.match(run.stdout, new RegExp(flag), flag);
    }
    assert.match(run.stdout, /--no-progress/);
    assert.match(run.stdout, /Examples:\n {2}\$ dateline extract story\.html/);
  });

  test('an unknown option, a bad --jobs or a bad --format is a usage error (exit 2)', async () => {
    for (const argv of [
      ['extract', '--bogus', 'x.html'],
      ['extract', '--jobs', '0', 'x.html'],
      ['extract', '--timeout', '12ms', 'x.html'],
      ['extract', '--format', 'pdf', 'x.html'],
      ['extract', '--url', 'not a url', 'x.html'],
    ]) {
      const run = await runCli(argv);
      assert.equal(run.code, 2, argv.join(' '));
      assert.match(run.stderr, /error:/, argv.join(' '));
      assert.equal(run.stdout, '');
    }
  });

  test('extract without inputs is a usage error (exit 2)', async () => {
    const run = await runCli(['extract']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^dateline: no inputs/);
  });

  test('--url with a batch is a usage error (exit 2)', async () => {
    const run = await runCli(['extract', '--url', 'https://example.com/a', dir]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--url names the page of a single input/);
  });

  test('one file prints its whole record as pretty JSON by default', async () => {
    const file = join(dir, 'story.html');
    const run = await runCli(['extract', '--timeout', '0', file]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^\{\n {2}"/);
    const record = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.equal(record.input, file);
    assert.equal(record.error, null);
    assert.match(String(record.text), /Harbour reopens opened with a long first paragraph/);
    for (const key of ['title', 'authors', 'published']) assert.ok(key in record, key);
    assert.equal(run.stderr, '');
  });

  test('--url is passed to the pipeline as the page URL', async () => {
    const run = await runCli([
      'extract',
      '--timeout',
      '0',
      '--url',
      'https://news.example/a/1',
      join(dir, 'story.html'),
    ]);
    assert.equal(run.code, 0);
    assert.equal((JSON.parse(run.stdout) as { url: unknown }).url, 'https://news.example/a/1');
  });

  test('a single input that fails prints the reason on stderr and exits 1', async () => {
    const missing = join(dir, 'missing.html');
    const run = await runCli(['extract', '--timeout', '0', missing]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, `dateline: Cannot read "${missing}": no such file or folder\n`);
  });

  test('a single input that fails in --format jsonl is an error record with exit 0', async () => {
    const missing = join(dir, 'missing.html');
    const run = await runCli(['extract', '--timeout', '0', '--format', 'jsonl', missing]);
    assert.equal(run.code, 0);
    const record = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.equal(record.input, missing);
    assert.equal(record.error, `Cannot read "${missing}": no such file or folder`);
    assert.equal(record.text, '');
  });

  test('--format text prints the story text, not JSON', async () => {
    const run = await runCli(['extract', '--timeout', '0', '--format', 'text', join(dir, 'story.html')]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /A second paragraph follows with more plain sentences/);
    assert.doesNotMatch(run.stdout, /^\{/);
  });

  test('--explain adds an "explain" key to json records and keeps jsonl one line per page', async () => {
    const story = join(dir, 'story.html');
    const json = await runCli(['extract', '--timeout', '0', '--explain', story]);
    assert.equal(json.code, 0);
    const record = JSON.parse(json.stdout) as Record<string, unknown>;
    assert.equal(typeof record.explain, 'string');
    assert.ok(String(record.explain).length > 0);
    const jsonl = await runCli(['extract', '--timeout', '0', '--explain', '--format', 'jsonl', story, story]);
    const lines = jsonl.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    for (const line of lines)
      assert.equal(typeof (JSON.parse(line) as { explain?: unknown }).explain, 'string');
  });

  test('--explain appends the explanation after a --- line in text output', async () => {
    const story = join(dir, 'story.html');
    const plain = await runCli(['extract', '--timeout', '0', '--format', 'text', story]);
    const explained = await runCli(['extract', '--timeout', '0', '--format', 'text', '--explain', story]);
    assert.equal(explained.code, 0);
    assert.ok(explained.stdout.startsWith(plain.stdout.trimEnd()));
    assert.match(explained.stdout.slice(plain.stdout.trimEnd().length), /\n---\n/);
  });

  test('--no-structure keeps the dateline in the text; --no-enrich leaves quotes and entities empty', async () => {
    const wire = join(dir, 'wire.html');
    await writeFile(
      wire,
      storyPage('Port strike ends', [
        'LISBON (Reuters) - Dock workers ended a week-long strike on Monday, the union said in a statement to members.',
        '"We have an agreement," said union leader Ana Costa, who spoke to reporters outside the port gates that evening.',
      ]),
    );
    const full = JSON.parse((await runCli(['extract', '--timeout', '0', wire])).stdout) as Record<
      string,
      unknown
    >;
    assert.equal((full.dateline as { city?: string } | null)?.city, 'Lisbon');
    assert.ok((full.quotes as unknown[]).length > 0);
    const bare = await runCli(['extract', '--timeout', '0', '--no-structure', '--no-enrich', wire]);
    assert.equal(bare.code, 0);
    const record = JSON.parse(bare.stdout) as Record<string, unknown>;
    assert.equal(record.dateline, null);
    assert.match(String(record.text), /^LISBON \(Reuters\) - Dock workers/);
    assert.deepEqual([record.quotes, record.entities, record.attributions], [[], [], []]);
  });
});
