import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PackedStrings } from './packed-strings.ts';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = ['a', 'b', 'c', 'A', 'é', 'ñ', '’', '-', '😀', 'Ł', 'x y'];

function word(next: () => number): string {
  let out = '';
  const length = Math.floor(next() * 5);
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return out;
}

test('a packed set answers has() as a Set of the same entries does', () => {
  const next = random(7);
  for (let round = 0; round < 50; round++) {
    const entries = Array.from({ length: Math.floor(next() * 300) }, () => word(next)).filter(Boolean);
    const packed = PackedStrings.of(entries);
    const set = new Set(entries);
    assert.equal(packed.size, set.size);
    for (let probe = 0; probe < 300; probe++) {
      const value = probe % 2 ? (entries[Math.floor(next() * entries.length)] ?? '') : word(next);
      assert.equal(packed.has(value), set.has(value), JSON.stringify(value));
    }
  }
});

test('indexOf gives the first occurrence of an entry, and -1 for the rest', () => {
  const packed = new PackedStrings('kyiv odesa  kyiv lviv ', ' ');
  assert.equal(packed.size, 3);
  assert.equal(packed.indexOf('kyiv'), 0);
  assert.equal(packed.indexOf('odesa'), 1);
  assert.equal(packed.indexOf('lviv'), 3);
  assert.equal(packed.indexOf('Kyiv'), -1);
  assert.equal(packed.indexOf(''), -1);
  assert.equal(packed.indexOf('kyi'), -1);
});

test('an empty text is an empty set', () => {
  const packed = new PackedStrings('', '\n');
  assert.equal(packed.size, 0);
  assert.equal(packed.has(''), false);
  assert.equal(packed.has('a'), false);
});
