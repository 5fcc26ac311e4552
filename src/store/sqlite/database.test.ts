import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openSqlite } from './database.ts';

test('a store opened with cacheKiB gets that page cache; without it, better-sqlite3’s default', async () => {
  const small = openSqlite(':memory:', { cacheKiB: 4000 });
  const plain = openSqlite(':memory:');
  try {
    // Negative: a size in KiB rather than a number of pages (SQLite docs, PRAGMA cache_size).
    assert.equal(small.raw.pragma('cache_size', { simple: true }), -4000);
    assert.equal(plain.raw.pragma('cache_size', { simple: true }), -16000);
  } finally {
    await small.db.destroy();
    await plain.db.destroy();
  }
});
