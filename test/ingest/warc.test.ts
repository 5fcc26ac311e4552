import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { WARCParser, WARCRecord, WARCSerializer } from 'warcio';
import { readWarc, type WarcItem, type WarcSkip } from '../../src/ingest/warc.ts';
import { warcResponseRecord } from '../../src/ingest/warc-write.ts';
import { page } from './fixture-site.ts';

const PAGES = [
  {
    url: 'https://gazette.example/news/1',
    html: page('Harbour reopens', '<p>PORTVILLE — The harbour reopened.</p>'),
  },
  { url: 'https://gazette.example/news/2', html: page('Café “prices”', '<p>Prices rose by 3 €.</p>') },
  { url: 'https://gazette.example/logo.png', html: 'PNG', headers: { 'Content-Type': 'image/png' } },
  { url: 'https://gazette.example/gone', html: 'gone', statusline: 'HTTP/1.1 404 Not Found' },
  { url: 'https://gazette.example/news/3', html: page('Council votes', '<p>The council voted 7-2.</p>') },
];

let dir = '';
let path = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dateline-warc-'));
  path = join(dir, 'fixture.warc.gz');
  const members = await Promise.all(
    PAGES.map((p, i) => warcResponseRecord({ ...p, date: `2026-11-02T10:00:0${i}Z` })),
  );
  await writeFile(path, Buffer.concat(members));
});
after(() => rm(dir, { recursive: true, force: true }));

async function collect(options: Parameters<typeof readWarc>[1] = {}): Promise<WarcItem[]> {
  const items: WarcItem[] = [];
  for await (const item of readWarc(path, options)) items.push(item);
  return items;
}

test('warcResponseRecord() writes one gzip member per record, so the file is a multi-member gzip', () => {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  assert.equal(text.match(/^WARC\/1\.1\r$/gm)?.length, PAGES.length);
  assert.match(text, /WARC-Type: response/);
});

test('readWarc() yields each 2xx HTML response byte-identical, with URL, content type and WARC-Date', async () => {
  const skips: WarcSkip[] = [];
  const items = await collect({ onSkip: (skip) => skips.push(skip) });
  assert.deepEqual(
    items.map((item) => item.source.url),
    ['https://gazette.example/news/1', 'https://gazette.example/news/2', 'https://gazette.example/news/3'],
  );
  assert.equal(Buffer.from(items[1]?.source.bytes ?? []).toString('utf8'), PAGES[1]?.html);
  assert.equal(items[0]?.source.contentType, 'text/html; charset=utf-8');
  assert.equal(items[0]?.source.fetchedAt, '2026-11-02T10:00:00Z');
  assert.match(items[0]?.recordId ?? '', /^<urn:uuid:[0-9a-f-]{36}>$/);
  assert.deepEqual(
    skips.map((skip) => skip.reason),
    ['not HTML ("image/png")', 'HTTP 404'],
  );
});

test('readWarc() resumes after a record id, or from a record offset, without yielding earlier records', async () => {
  const all = await collect();
  const afterFirst = await collect({ startAfter: all[0]?.recordId });
  assert.deepEqual(
    afterFirst.map((item) => item.recordId),
    all.slice(1).map((item) => item.recordId),
  );
  const fromThird = await collect({ startOffset: all[2]?.offset });
  assert.deepEqual(
    fromThird.map((item) => [item.recordId, item.offset]),
    [[all[2]?.recordId, all[2]?.offset]],
  );
});

test('readWarc() skips a response above maxBytes without reading it', async () => {
  const skips: WarcSkip[] = [];
  const items = await collect({ maxBytes: 200, onSkip: (skip) => skips.push(skip) });
  assert.equal(items.length, 0);
  assert.equal(skips.filter((skip) => /larger than 200 bytes/.test(skip.reason)).length, 3);
});

test('readWarc() passes over warcinfo and request records and undoes chunked transfer encoding', async () => {
  const info = WARCRecord.createWARCInfo(
    { filename: 'mixed.warc.gz', warcVersion: 'WARC/1.1' },
    { software: 'test' },
  );
  const request = WARCRecord.create(
    {
      url: 'https://gazette.example/chunked',
      type: 'request',
      warcVersion: 'WARC/1.1',
      statusline: 'GET /chunked HTTP/1.1',
      httpHeaders: { Host: 'gazette.example' },
    },
    [new TextEncoder().encode('')],
  );
  const html = page('Chunked', '<p>Sent in two chunks.</p>');
  const half = Math.floor(html.length / 2);
  const chunked = [html.slice(0, half), html.slice(half)]
    .map((part) => `${Buffer.byteLength(part).toString(16)}\r\n${part}\r\n`)
    .join('');
  const members = [
    await WARCSerializer.serialize(info, { gzip: true }),
    await WARCSerializer.serialize(request, { gzip: true }),
    await warcResponseRecord({
      url: 'https://gazette.example/chunked',
      html: `${chunked}0\r\n\r\n`,
      headers: { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' },
    }),
  ];
  const mixed = join(dir, 'mixed.warc.gz');
  await writeFile(mixed, Buffer.concat(members));
  const items: WarcItem[] = [];
  for await (const item of readWarc(mixed)) items.push(item);
  assert.equal(items.length, 1);
  assert.equal(Buffer.from(items[0]?.source.bytes ?? []).toString('utf8'), html);
});

test('readWarc() gives the same records and offsets as warcio reading the whole stream', async () => {
  const expected: Array<[string, number]> = [];
  const parser = new WARCParser(createReadStream(path));
  for await (const record of parser) {
    if (record.warcType === 'response') expected.push([record.warcTargetURI ?? '', parser.offset]);
  }
  const items = await collect({ onSkip: () => undefined });
  const yielded = new Set(items.map((item) => item.offset));
  assert.deepEqual(
    items.map((item) => [item.source.url, item.offset]),
    expected.filter(([, offset]) => yielded.has(offset)),
  );
});

test('readWarc() streams a member too large to inflate whole, then reads on after it', async () => {
  const huge = 'x'.repeat(1.2 * 1024 * 1024);
  const members = [
    await warcResponseRecord({ url: 'https://gazette.example/a', html: page('A', '<p>Small.</p>') }),
    await warcResponseRecord({ url: 'https://gazette.example/huge', html: page('Huge', `<p>${huge}</p>`) }),
    await warcResponseRecord({ url: 'https://gazette.example/b', html: page('B', '<p>Small too.</p>') }),
  ];
  const file = join(dir, 'huge.warc.gz');
  await writeFile(file, Buffer.concat(members));
  const skips: WarcSkip[] = [];
  const items: WarcItem[] = [];
  // A 1 KiB page cap leaves the reader a 1 MiB + 1 KiB inflate cap: the huge member passes it.
  for await (const item of readWarc(file, { maxBytes: 1024, onSkip: (s) => skips.push(s) })) items.push(item);
  assert.deepEqual(
    items.map((item) => [item.source.url, item.offset]),
    [
      ['https://gazette.example/a', 0],
      ['https://gazette.example/b', (members[0]?.length ?? 0) + (members[1]?.length ?? 0)],
    ],
  );
  assert.deepEqual(
    skips.map((s) => [s.offset, s.reason]),
    [[members[0]?.length, 'larger than 1024 bytes']],
  );
});
