import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { gzipMemberReader, type MemberRead } from '../../src/ingest/gzip-members.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dateline-members-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** A gzip member whose header carries a file name (FNAME), as `gzip file` writes it. */
function namedMember(text: string, name: string): Buffer {
  const plain = gzipSync(text);
  const header = Buffer.from(plain.subarray(0, 10));
  header[3] = 0x08;
  return Buffer.concat([header, Buffer.from(`${name}\0`, 'latin1'), plain.subarray(10)]);
}

async function readAll(bytes: Buffer, maxOutput = 1 << 20): Promise<Array<MemberRead & { offset: number }>> {
  const path = join(dir, `f${Math.random().toString(36).slice(2)}.gz`);
  await writeFile(path, bytes);
  const file = await open(path);
  try {
    const reader = gzipMemberReader(file, path, maxOutput);
    const out: Array<MemberRead & { offset: number }> = [];
    for (let offset = 0; ; ) {
      const member = await reader.read(offset);
      if (member === undefined || 'tooLarge' in member) {
        if (member) out.push({ ...member, offset });
        return out;
      }
      out.push({ ...member, offset });
      offset = member.next;
    }
  } finally {
    await file.close();
  }
}

test('gzipMemberReader() inflates each member and says where the next one starts', async () => {
  const first = gzipSync('first record '.repeat(50));
  // Larger than the first read window, so the reader must widen it.
  const big = gzipSync(Buffer.from(Array.from({ length: 400_000 }, (_, i) => (i * 7919) % 251)));
  const named = namedMember('third, with a file name in its header', 'page.warc');
  const members = await readAll(Buffer.concat([first, big, named]));
  assert.deepEqual(
    members.map((m) => [m.offset, 'data' in m ? m.data.length : -1]),
    [
      [0, 650],
      [first.length, 400_000],
      [first.length + big.length, 37],
    ],
  );
  const last = members[2];
  assert.ok(last && 'data' in last);
  assert.equal(last.data.toString('utf8'), 'third, with a file name in its header');
});

test('gzipMemberReader() reports a member that would inflate past the cap instead of inflating it', async () => {
  const members = await readAll(Buffer.concat([gzipSync('small'), gzipSync('x'.repeat(5000))]), 1000);
  assert.equal(members.length, 2);
  assert.deepEqual(members[1], {
    tooLarge: true,
    offset: members[0] && 'next' in members[0] ? members[0].next : -1,
  });
});

test('gzipMemberReader() calls a cut-off member truncated and a bad checksum corrupt', async () => {
  const whole = gzipSync('some record text '.repeat(20));
  await assert.rejects(readAll(whole.subarray(0, whole.length - 12)), { code: 'truncated-gzip' });
  const flipped = Buffer.from(whole);
  flipped[flipped.length - 8] = (flipped[flipped.length - 8] as number) ^ 0xff;
  await assert.rejects(readAll(flipped), { code: 'corrupt-gzip', message: /CRC/ });
  await assert.rejects(readAll(Buffer.concat([whole, Buffer.from('not gzip at all')])), {
    code: 'corrupt-gzip',
  });
});

test('gzipMemberReader() reads ahead: many small members cost a few file reads, not one each', async () => {
  // 300 members of ≈ 3 KiB compressed (CC-NEWS records are tens of KiB): ≈ 1 MiB of file.
  const members = Array.from({ length: 300 }, () => gzipSync(randomBytes(3000)));
  const path = join(dir, 'many.gz');
  await writeFile(path, Buffer.concat(members));
  const file = await open(path);
  let reads = 0;
  const counting = new Proxy(file, {
    get(target, key) {
      if (key === 'read') reads++;
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  try {
    const reader = gzipMemberReader(counting, path, 1 << 20);
    let count = 0;
    for (let offset: number | undefined = 0; offset !== undefined; count++) {
      const member = await reader.read(offset);
      if (member === undefined || 'tooLarge' in member) break;
      offset = member.next;
    }
    assert.equal(count, 300);
    assert.ok(reads <= 4, `${reads} reads for 300 members`);
  } finally {
    await file.close();
  }
});
