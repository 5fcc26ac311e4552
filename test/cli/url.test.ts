import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { FetchError, LimitError } from '../../src/errors.ts';
import { PACKAGE_VERSION } from '../../src/ingest/index.ts';
import { fetchUrl } from '../../src/ingest/url.ts';
import { jsonLines, runCli, storyPage } from './helpers.ts';

/** Routes of the loopback test server; each models one way a news site behaves or misbehaves. */
function route(req: IncomingMessage, res: ServerResponse, seen: string[]): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  seen.push(`${url.pathname} ${req.headers['user-agent']}`);
  const forever = /^\/forever\/(\d+)$/.exec(url.pathname);
  if (forever) {
    res.writeHead(302, { location: `/forever/${Number(forever[1]) + 1}` }).end();
  } else if (url.pathname === '/story') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(storyPage('Wire story'));
  } else if (url.pathname === '/gzipped') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(gzipSync(storyPage('Zipped story')));
  } else if (url.pathname === '/moved') {
    res.writeHead(301, { location: '/story#top' }).end();
  } else if (url.pathname === '/loop-a') {
    res.writeHead(302, { location: '/loop-b' }).end();
  } else if (url.pathname === '/loop-b') {
    res.writeHead(307, { location: 'http://127.0.0.1:' + (req.socket.localPort ?? 0) + '/loop-a' }).end();
  } else if (url.pathname === '/image') {
    res
      .writeHead(200, { 'content-type': 'image/png' })
      .end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  } else if (url.pathname === '/endless') {
    endless(res);
  } else if (url.pathname === '/hang') {
    // Never answers: only the client's timeout ends this request (the server closes it in after()).
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

/** A body that keeps coming (bounded at 200 × 64 KiB so the server itself always stops). */
function endless(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  const pump = (): void => {
    while (sent < 200 && !res.destroyed) {
      sent += 1;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
}

describe('URL inputs', () => {
  let server: Server;
  let base = '';
  const seen: string[] = [];
  before(async () => {
    server = createServer((req, res) => route(req, res, seen));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  const options = { maxBytes: 1024 * 1024, timeoutMs: 2000 };

  test('fetchUrl() follows a redirect and records the final URL, content type and our User-Agent', async () => {
    const source = await fetchUrl(`${base}/moved`, options);
    assert.equal(source.input, `${base}/moved`);
    assert.equal(source.url, `${base}/story`);
    assert.equal(source.contentType, 'text/html; charset=utf-8');
    assert.match(Buffer.from(source.bytes).toString('utf8'), /Wire story/);
    assert.ok(source.fetchedAt && !Number.isNaN(Date.parse(source.fetchedAt)));
    assert.ok(
      seen.includes(`/story Dateline/${PACKAGE_VERSION} (+https://example.org/dateline)`),
      seen.join('\n'),
    );
  });

  test('fetchUrl() gunzips a gzip-encoded body', async () => {
    const source = await fetchUrl(`${base}/gzipped`, options);
    assert.match(Buffer.from(source.bytes).toString('utf8'), /Zipped story/);
  });

  test('fetchUrl() stops a redirect loop', async () => {
    await assert.rejects(fetchUrl(`${base}/loop-a`, options), (error: unknown) => {
      assert.ok(error instanceof FetchError);
      assert.equal(error.code, 'redirect-loop');
      assert.equal(error.message, `Cannot fetch "${base}/loop-a": redirect loop at "${base}/loop-a"`);
      return true;
    });
  });

  test('fetchUrl() gives up after 10 redirects', async () => {
    await assert.rejects(fetchUrl(`${base}/forever/0`, options), (error: unknown) => {
      assert.ok(error instanceof FetchError);
      assert.equal(error.message, `Cannot fetch "${base}/forever/0": more than 10 redirects`);
      return true;
    });
  });

  test('fetchUrl() times out a server that never answers', async () => {
    await assert.rejects(fetchUrl(`${base}/hang`, { ...options, timeoutMs: 300 }), (error: unknown) => {
      assert.ok(error instanceof FetchError);
      assert.equal(error.message, `Cannot fetch "${base}/hang": timed out after 300 ms`);
      return true;
    });
  });

  test('fetchUrl() stops reading a body past the size cap', async () => {
    await assert.rejects(fetchUrl(`${base}/endless`, options), (error: unknown) => {
      assert.ok(error instanceof LimitError);
      assert.equal(error.message, `Cannot fetch "${base}/endless": larger than 1 MiB (--max-bytes 1048576)`);
      return true;
    });
  });

  test('fetchUrl() reports an HTTP error status', async () => {
    await assert.rejects(
      fetchUrl(`${base}/gone`, options),
      /^FetchError: Cannot fetch ".*\/gone": HTTP 404$/,
    );
  });

  test('a batch of URLs keeps input order and records each failure', async () => {
    const inputs = [`${base}/story`, `${base}/hang`, `${base}/forever/0`, `${base}/image`, `${base}/gzipped`];
    const run = await runCli(['extract', '--timeout', '0', '--fetch-timeout', '500', ...inputs]);
    assert.equal(run.code, 0);
    const records = jsonLines(run.stdout);
    assert.deepEqual(
      records.map((r) => r.input),
      inputs,
    );
    assert.equal(records[0]?.error, null);
    assert.equal(records[0]?.url, `${base}/story`);
    assert.match(String(records[0]?.text), /Wire story opened/);
    assert.equal(records[1]?.error, `Cannot fetch "${base}/hang": timed out after 500 ms`);
    assert.equal(records[2]?.error, `Cannot fetch "${base}/forever/0": more than 10 redirects`);
    assert.match(
      String(records[3]?.error),
      /^Cannot decode ".*\/image": content type "image\/png" is not HTML or text$/,
    );
    assert.equal(records[4]?.error, null);
    assert.match(run.stderr, /3 of 5 inputs failed/);
  });
});
