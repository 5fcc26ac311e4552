/**
 * Opening the SQLite file: one file, WAL (readers never block the writer, and a killed
 * process loses at most its open transaction), foreign keys on, then the pending
 * migrations (src/store/sqlite/migrations.ts) each in its own transaction.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { StoreError } from '../../errors.ts';
import type { Tables } from '../schema.ts';
import { MIGRATIONS, type Migration } from './migrations.ts';

export interface SqliteHandles {
  raw: Database.Database;
  db: Kysely<Tables>;
}

/**
 * PRAGMAs, each with its reason. `synchronous = NORMAL` in WAL mode is durable against
 * a process crash (SIGKILL) and only risks the last commits on power loss (SQLite docs,
 * "WAL mode … synchronous=NORMAL"), which is the trade an ingest wants.
 */
const PRAGMAS: readonly string[] = [
  'journal_mode = WAL',
  'synchronous = NORMAL',
  'foreign_keys = ON',
  // Another process (a second ingest, the HTTP server) may hold the write lock briefly.
  'busy_timeout = 10000',
];

export interface SqliteOptions {
  /** SQLite's page cache for this connection, in KiB (default: better-sqlite3's 16 000). */
  cacheKiB?: number;
}

export function openSqlite(file: string, options: SqliteOptions = {}): SqliteHandles {
  let raw: Database.Database;
  try {
    raw = new Database(file);
  } catch (error) {
    throw new StoreError(`Cannot open the store "${file}": ${(error as Error).message}`, 'unreadable', {
      cause: error,
    });
  }
  for (const pragma of PRAGMAS) raw.pragma(pragma);
  // A negative cache_size is a size in KiB, not a page count (SQLite docs, PRAGMA cache_size).
  if (options.cacheKiB !== undefined)
    raw.pragma(`cache_size = -${Math.max(1, Math.round(options.cacheKiB))}`);
  migrate(raw, MIGRATIONS, file);
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: raw }) });
  return { raw, db };
}

/** Runs the migrations past `user_version`; refuses a file from a newer Dateline. */
export function migrate(raw: Database.Database, migrations: readonly Migration[], file: string): number {
  const current = raw.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new StoreError(
      `Cannot open the store "${file}": schema version ${current} is newer than this Dateline (${migrations.length})`,
      'version',
    );
  }
  migrations.slice(current).forEach((migration, index) => {
    raw.transaction(() => {
      raw.exec(migration.sql);
      raw.pragma(`user_version = ${current + index + 1}`);
    })();
  });
  return migrations.length - current;
}
