/**
 * The members of a multi-member gzip file (RFC 1952 §2.2), one at a time, inflated by
 * node:zlib. CC-NEWS writes each WARC record as its own member, so a member is a record:
 * this reads a window of the file, inflates the member at a byte offset and says where the
 * next one starts, without ever holding more of the file than one member. warcio inflates
 * with pako (JavaScript), 7 % of an ingest's CPU in issue 5's profile; zlib is native.
 */
import type { FileHandle } from 'node:fs/promises';
import { crc32, inflateRawSync } from 'node:zlib';
import { InputError } from '../errors.ts';
import { isGzip } from './gzip.ts';

export type MemberRead =
  /** The member's inflated bytes and the offset of the member after it. */
  | { data: Buffer; next: number }
  /** Inflating it would pass `maxOutput`: the caller reads this one by streaming. */
  | { tooLarge: true };

export interface MemberReader {
  /** The member starting at `offset`; undefined at the end of the file. */
  read(offset: number): Promise<MemberRead | undefined>;
}

/** First read per member: most CC-NEWS records are tens of KiB compressed. */
const FIRST_WINDOW = 256 * 1024;
/**
 * Bytes read from the file at a time. A window refilled per member copied its unread tail
 * and issued a read for every record (≈ 256 KiB copied per 25 KiB member); reading ahead
 * serves a few dozen members per read and copies at most a tail shorter than FIRST_WINDOW.
 */
const READ_AHEAD = 1024 * 1024;
const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;

export function gzipMemberReader(file: FileHandle, name: string, maxOutput: number): MemberReader {
  let start = 0;
  let window = Buffer.alloc(0);
  let atEnd = false;

  /** Makes the window hold `length` bytes from `offset` (fewer at the end of the file). */
  const fill = async (offset: number, length: number): Promise<Buffer> => {
    const have =
      offset >= start && offset <= start + window.length ? window.subarray(offset - start) : undefined;
    if (have && (have.length >= length || atEnd)) return have.subarray(0, length);
    const kept = have ?? Buffer.alloc(0);
    const more = Buffer.allocUnsafe(Math.max(length, READ_AHEAD) - kept.length);
    const { bytesRead } = await file.read(more, 0, more.length, offset + kept.length);
    atEnd = bytesRead < more.length;
    window =
      kept.length === 0 ? more.subarray(0, bytesRead) : Buffer.concat([kept, more.subarray(0, bytesRead)]);
    start = offset;
    return window.subarray(0, length);
  };

  return {
    async read(offset) {
      let want = FIRST_WINDOW;
      // Deflate never grows data by more than ~0.1 %, so a complete member fits in this much.
      const largest = maxOutput + Math.ceil(maxOutput / 500) + FIRST_WINDOW;
      for (;;) {
        const bytes = await fill(offset, want);
        if (bytes.length === 0) return undefined;
        const member = memberIn(bytes, maxOutput, name, offset);
        if (member === 'tooLarge') return { tooLarge: true };
        if (member !== 'short') return { data: member.data, next: offset + member.length };
        if (atEnd && bytes.length < want) throw truncated(name, offset);
        if (want >= largest) return { tooLarge: true };
        want = Math.min(want * 4, largest);
      }
    },
  };
}

/** The member at the start of `bytes` and its length, or 'short' when they do not hold all of it. */
function memberIn(
  bytes: Buffer,
  maxOutput: number,
  name: string,
  offset: number,
): { data: Buffer; length: number } | 'short' | 'tooLarge' {
  const header = headerLength(bytes);
  if (header === undefined) return 'short';
  if (header < 0) throw corrupt(name, offset, 'not a gzip member');
  const inflated = inflateMember(bytes, header, maxOutput, name, offset);
  if (typeof inflated === 'string') return inflated;
  const trailer = header + inflated.consumed;
  if (bytes.length < trailer + 8) return 'short';
  checkTrailer(bytes.subarray(trailer, trailer + 8), inflated.data, name, offset);
  return { data: inflated.data, length: trailer + 8 };
}

/** Bytes of the member header (RFC 1952 §2.3.1); -1 if this is no gzip member, undefined if cut short. */
function headerLength(bytes: Buffer): number | undefined {
  if (bytes.length < 10) return undefined;
  if (!isGzip(bytes)) return -1;
  const flags = bytes[3] as number;
  let at = 10;
  if (flags & FEXTRA) {
    if (bytes.length < at + 2) return undefined;
    at += 2 + bytes.readUInt16LE(at);
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    const zero = bytes.indexOf(0, at);
    if (zero < 0) return undefined;
    at = zero + 1;
  }
  if (flags & FHCRC) at += 2;
  return at <= bytes.length ? at : undefined;
}

/** What `inflateRawSync` returns with `info: true` (Node docs, "zlib convenience methods"); untyped in @types/node. */
interface InflateInfo {
  buffer: Buffer;
  /** `bytesWritten`: input bytes the engine consumed, i.e. where the deflate stream ended. */
  engine: { bytesWritten: number };
}

type Inflated = { data: Buffer; consumed: number } | 'short' | 'tooLarge';

function inflateMember(
  bytes: Buffer,
  header: number,
  maxOutput: number,
  name: string,
  offset: number,
): Inflated {
  try {
    // A raw inflate stops at the end of the deflate stream and says how much it read.
    const options = { info: true, maxOutputLength: maxOutput };
    const { buffer, engine } = inflateRawSync(bytes.subarray(header), options) as unknown as InflateInfo;
    return { data: buffer, consumed: engine.bytesWritten };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return 'tooLarge';
    if (code === 'Z_BUF_ERROR') return 'short';
    throw corrupt(name, offset, error instanceof Error ? error.message : String(error));
  }
}

/** CRC-32 and length of the inflated data (RFC 1952 §2.3.1), as pako checked them. */
function checkTrailer(trailer: Buffer, data: Buffer, name: string, offset: number): void {
  if (trailer.readUInt32LE(0) !== crc32(data) || trailer.readUInt32LE(4) !== data.length % 2 ** 32) {
    throw corrupt(name, offset, 'gzip member fails its CRC check');
  }
}

function corrupt(name: string, offset: number, what: string): InputError {
  return new InputError(
    `Cannot read "${name}": corrupt gzip data at byte ${offset} (${what})`,
    'corrupt-gzip',
  );
}

function truncated(name: string, offset: number): InputError {
  return new InputError(`Cannot read "${name}": truncated gzip data at byte ${offset}`, 'truncated-gzip');
}
