import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { InputError, LimitError } from '../../src/errors.ts';
import { gunzipBounded, isGzip } from '../../src/ingest/gzip.ts';
import { readStreamSource } from '../../src/ingest/index.ts';
import { formatBytes } from '../../src/ingest/limits.ts';

describe('ingest helpers', () => {
  test('formatBytes() names whole MiB and KiB and falls back to bytes', () => {
    assert.equal(formatBytes(20 * 1024 * 1024), '20 MiB');
    assert.equal(formatBytes(1.5 * 1024 * 1024), '1.5 MiB');
    assert.equal(formatBytes(4096), '4 KiB');
    assert.equal(formatBytes(1000), '1000 bytes');
  });

  test('gunzipBounded() reads concatenated gzip members as one stream, like zcat', async () => {
    const bytes = Buffer.concat([gzipSync('<p>one</p>'), gzipSync('<p>two</p>')]);
    assert.ok(isGzip(bytes));
    const out = await gunzipBounded(bytes, 'two.gz', 1024);
    assert.equal(Buffer.from(out).toString('utf8'), '<p>one</p><p>two</p>');
  });

  test('gunzipBounded() calls corrupt data corrupt, not truncated', async () => {
    const bytes = gzipSync('<p>story text that is long enough to corrupt</p>'.repeat(20));
    bytes.fill(0xff, 12, 40);
    await assert.rejects(gunzipBounded(bytes, 'bad.gz', 1 << 20), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.equal(error.code, 'corrupt-gzip');
      assert.match(error.message, /^Cannot read "bad\.gz": corrupt gzip data \(/);
      return true;
    });
  });

  test('readStreamSource() caps a stream and keeps --from and --url', async () => {
    const source = await readStreamSource(Readable.from([Buffer.from('line\n')]), '-', {
      maxBytes: 100,
      from: 'text',
      url: 'https://example.com/a',
    });
    assert.deepEqual(
      { input: source.input, kind: source.kind, url: source.url, text: Buffer.from(source.bytes).toString() },
      { input: '-', kind: 'text', url: 'https://example.com/a', text: 'line\n' },
    );
    const big = Readable.from([Buffer.alloc(60), Buffer.alloc(60)]);
    await assert.rejects(readStreamSource(big, '-', { maxBytes: 100 }), LimitError);
  });
});
