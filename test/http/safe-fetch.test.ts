import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { HttpRequest, HttpResponse } from '../../src/ingest/crawl/http.ts';
import { blockedReason } from '../../src/serve/net/address.ts';
import { guardedHttp, type PinnedTransport } from '../../src/serve/net/guarded-http.ts';
import { safeFetch } from '../../src/serve/net/safe-fetch.ts';

/** A fake transport answering from a table keyed by URL, recording which URL went to which address. */
function fakeTransport(
  pages: Record<string, { status: number; headers?: Record<string, string>; body?: string }>,
) {
  const calls: { url: string; address: string }[] = [];
  const transport: PinnedTransport = async (req: HttpRequest, address: string): Promise<HttpResponse> => {
    calls.push({ url: req.url, address });
    const page = pages[req.url] ?? { status: 404 };
    const bytes = new TextEncoder().encode(page.body ?? '');
    return {
      status: page.status,
      headers: page.headers ?? {},
      body: (async function* () {
        yield bytes;
      })(),
    };
  };
  return { transport, calls };
}

const PUBLIC_DNS = async (host: string): Promise<string[]> => {
  const table: Record<string, string[]> = {
    'news.example': ['93.184.216.34'],
    'intranet.example': ['10.1.2.3'],
    'mixed.example': ['93.184.216.34', '127.0.0.1'],
    'v6-mapped.example': ['::ffff:169.254.169.254'],
  };
  const found = table[host];
  if (!found) throw new Error(`ENOTFOUND ${host}`);
  return found;
};

const LIMITS = { maxBytes: 64 * 1024, timeoutMs: 5000 };

describe('blockedReason()', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast, unspecified and metadata addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.100.100.200',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '168.63.129.16',
      '::1',
      '::',
      'fe80::1',
      'fd00:ec2::254',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '64:ff9b::a9fe:a9fe',
      '2002:c0a8:101::1',
    ]) {
      assert.ok(blockedReason(address), `${address} should be refused`);
    }
  });
  it('allows public unicast addresses, IPv4 and IPv6 (mapped included)', () => {
    for (const address of ['93.184.216.34', '1.1.1.1', '2606:4700::1111', '::ffff:8.8.8.8']) {
      assert.equal(blockedReason(address), undefined, address);
    }
  });
  it('names the range in its reason', () => {
    assert.match(blockedReason('169.254.169.254')!, /metadata/);
    assert.match(blockedReason('::ffff:10.0.0.1')!, /IPv4-mapped.*private/);
  });
});

describe('guardedHttp()', () => {
  for (const url of [
    'http://127.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]:8080/',
    'http://[::ffff:127.0.0.1]/',
    'http://0.0.0.0/',
  ]) {
    it(`refuses ${url} before any connection`, async () => {
      const { transport, calls } = fakeTransport({});
      const http = guardedHttp({ transport, resolve: PUBLIC_DNS });
      await assert.rejects(http({ url, headers: {}, signal: AbortSignal.timeout(1000) }), {
        code: 'blocked-address',
      });
      assert.equal(calls.length, 0);
    });
  }
  it('refuses a host name that resolves to a private address', async () => {
    const { transport, calls } = fakeTransport({});
    const http = guardedHttp({ transport, resolve: PUBLIC_DNS });
    await assert.rejects(
      http({ url: 'http://intranet.example/', headers: {}, signal: AbortSignal.timeout(1000) }),
      /10\.1\.2\.3 is refused/,
    );
    await assert.rejects(
      http({ url: 'http://mixed.example/', headers: {}, signal: AbortSignal.timeout(1000) }),
      /127\.0\.0\.1 is refused/,
    );
    await assert.rejects(
      http({ url: 'http://v6-mapped.example/', headers: {}, signal: AbortSignal.timeout(1000) }),
      /metadata/,
    );
    assert.equal(calls.length, 0);
  });
  it('refuses non-http schemes', async () => {
    const http = guardedHttp({ transport: fakeTransport({}).transport, resolve: PUBLIC_DNS });
    await assert.rejects(
      http({ url: 'file:///etc/passwd', headers: {}, signal: AbortSignal.timeout(1000) }),
      { code: 'bad-scheme' },
    );
  });
  it('connects to the address it checked', async () => {
    const { transport, calls } = fakeTransport({ 'http://news.example/a': { status: 200, body: 'ok' } });
    const http = guardedHttp({ transport, resolve: PUBLIC_DNS });
    const response = await http({
      url: 'http://news.example/a',
      headers: {},
      signal: AbortSignal.timeout(1000),
    });
    assert.equal(response.status, 200);
    assert.deepEqual(calls, [{ url: 'http://news.example/a', address: '93.184.216.34' }]);
  });
});

describe('safeFetch()', () => {
  it('follows a public redirect and returns the final page', async () => {
    const { transport } = fakeTransport({
      'http://news.example/old': { status: 301, headers: { location: '/new' } },
      'http://news.example/new': { status: 200, headers: { 'content-type': 'text/html' }, body: '<p>Hi</p>' },
    });
    const source = await safeFetch('http://news.example/old', {
      ...LIMITS,
      http: guardedHttp({ transport, resolve: PUBLIC_DNS }),
    });
    assert.equal(source.url, 'http://news.example/new');
    assert.equal(new TextDecoder().decode(source.bytes), '<p>Hi</p>');
    assert.equal(source.contentType, 'text/html');
  });
  it('refuses a redirect hop to a private address', async () => {
    const { transport, calls } = fakeTransport({
      'http://news.example/go': { status: 302, headers: { location: 'http://169.254.169.254/latest/' } },
    });
    const http = guardedHttp({ transport, resolve: PUBLIC_DNS });
    await assert.rejects(safeFetch('http://news.example/go', { ...LIMITS, http }), {
      code: 'blocked-address',
    });
    assert.deepEqual(
      calls.map((c) => c.url),
      ['http://news.example/go'],
    );
  });
  it('refuses a redirect to a host name that resolves privately', async () => {
    const { transport } = fakeTransport({
      'http://news.example/go': { status: 307, headers: { location: 'http://intranet.example/admin' } },
    });
    const http = guardedHttp({ transport, resolve: PUBLIC_DNS });
    await assert.rejects(
      safeFetch('http://news.example/go', { ...LIMITS, http }),
      /intranet\.example.*10\.1\.2\.3/,
    );
  });
  it('stops a redirect loop', async () => {
    const { transport } = fakeTransport({
      'http://news.example/a': { status: 302, headers: { location: '/b' } },
      'http://news.example/b': { status: 302, headers: { location: '/a' } },
    });
    await assert.rejects(
      safeFetch('http://news.example/a', {
        ...LIMITS,
        http: guardedHttp({ transport, resolve: PUBLIC_DNS }),
      }),
      { code: 'redirect-loop' },
    );
  });
});

describe('safeFetch() over a real loopback server', () => {
  let server: Server;
  let base: string;
  let hits: string[];
  before(async () => {
    hits = [];
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/moved') {
        res.writeHead(302, { location: '/page' }).end();
      } else if (req.url === '/huge') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('x'.repeat(200 * 1024));
      } else {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>Loopback</h1>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('never connects when private addresses are not allowed', async () => {
    await assert.rejects(safeFetch(`${base}/page`, { ...LIMITS, http: guardedHttp() }), {
      code: 'blocked-address',
    });
    assert.deepEqual(hits, []);
  });
  it('fetches through the pinned transport when allowPrivate is set, following redirects', async () => {
    const source = await safeFetch(`${base}/moved`, { ...LIMITS, http: guardedHttp({ allowPrivate: true }) });
    assert.equal(source.url, `${base}/page`);
    assert.equal(new TextDecoder().decode(source.bytes), '<h1>Loopback</h1>');
  });
  it('stops a body larger than the cap', async () => {
    await assert.rejects(
      safeFetch(`${base}/huge`, { ...LIMITS, http: guardedHttp({ allowPrivate: true }) }),
      { code: 'too-large' },
    );
  });
});
