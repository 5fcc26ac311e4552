/**
 * The crawl frontier in the store's file (contract: src/ingest/frontier.ts), so a killed
 * crawl resumes without fetching anything twice: every state change is one committed
 * statement, and `done` is final. SQLite-specific only in ordering by `rowid`
 * (insertion order = breadth-first); PostgreSQL would use a serial column.
 */
import { type Kysely, sql } from 'kysely';
import type { FetchRecord, Frontier, FrontierEntry } from '../../ingest/frontier.ts';
import type { Tables } from '../schema.ts';

/** Rows per INSERT: well under SQLite's bound-parameter cap (4 columns + state each). */
const ADD_CHUNK = 500;

export function sqliteFrontier(db: Kysely<Tables>): Frontier {
  return {
    async add(entries: FrontierEntry[]): Promise<number> {
      let added = 0;
      for (let i = 0; i < entries.length; i += ADD_CHUNK) {
        const rows = entries.slice(i, i + ADD_CHUNK).map((e) => ({
          url: e.url,
          depth: e.depth,
          source: e.source ?? null,
          lastmod: e.lastmod ?? null,
          state: 'pending',
        }));
        const result = await db
          .insertInto('frontier')
          .values(rows)
          .onConflict((oc) => oc.column('url').doNothing())
          .executeTakeFirst();
        added += Number(result.numInsertedOrUpdatedRows ?? 0);
      }
      return added;
    },
    claim: (limit) =>
      db.transaction().execute(async (trx) => {
        const rows = await sql<{ url: string; depth: number; source: string | null; lastmod: string | null }>`
          SELECT url, depth, source, lastmod FROM frontier WHERE state = 'pending'
          ORDER BY rowid LIMIT ${Math.max(0, Math.floor(limit))}`.execute(trx);
        const urls = rows.rows.map((r) => r.url);
        if (urls.length > 0)
          await trx.updateTable('frontier').set({ state: 'claimed' }).where('url', 'in', urls).execute();
        return rows.rows.map(toEntry);
      }),
    async complete(record: FetchRecord): Promise<void> {
      const row = {
        url: record.url,
        status: record.status,
        etag: record.etag ?? null,
        last_modified: record.lastModified ?? null,
        error: record.error ?? null,
        fetched_at: record.fetchedAt,
      };
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('fetches')
          .values(row)
          .onConflict((oc) => oc.column('url').doUpdateSet(row))
          .execute();
        // A URL completed without being added (a redirect target) is known from now on.
        await trx
          .insertInto('frontier')
          .values({ url: record.url, depth: 0, source: null, lastmod: null, state: 'done' })
          .onConflict((oc) => oc.column('url').doUpdateSet({ state: 'done' }))
          .execute();
      });
    },
    async validators(url: string) {
      const row = await db
        .selectFrom('fetches')
        .select(['etag', 'last_modified'])
        .where('url', '=', url)
        .executeTakeFirst();
      if (!row || (row.etag === null && row.last_modified === null)) return undefined;
      const out: { etag?: string; lastModified?: string } = {};
      if (row.etag !== null) out.etag = row.etag;
      if (row.last_modified !== null) out.lastModified = row.last_modified;
      return out;
    },
    async release(urls: string[]): Promise<void> {
      if (urls.length === 0) return;
      await db
        .updateTable('frontier')
        .set({ state: 'pending' })
        .where('url', 'in', urls)
        .where('state', '=', 'claimed')
        .execute();
    },
  };
}

function toEntry(row: {
  url: string;
  depth: number;
  source: string | null;
  lastmod: string | null;
}): FrontierEntry {
  const entry: FrontierEntry = { url: row.url, depth: row.depth };
  if (row.source !== null) entry.source = row.source;
  if (row.lastmod !== null) entry.lastmod = row.lastmod;
  return entry;
}
