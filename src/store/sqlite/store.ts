/** The SQLite `Store`: the portable queries plus this dialect's full-text index and frontier. */
import { readEntity } from '../entity.ts';
import { readArticle } from '../read.ts';
import { articleRecord } from '../record.ts';
import type { SourceRow } from '../schema.ts';
import { readClusterInputs, readStories, readStory, writeClusters } from '../stories.ts';
import type { IngestRecord, PutStatus, Store, StoreOptions } from '../types.ts';
import { openSqlite } from './database.ts';
import { sqliteFrontier } from './frontier.ts';
import { searchSqlite } from './search.ts';
import { sqliteWriter } from './write.ts';

/**
 * Opens (creating and migrating when needed) the SQLite store in `file`
 * (`:memory:` for a throw-away store in tests).
 *
 * @example
 *   const store = openStore('dateline.db');
 *   const { hits } = await store.search({ q: 'ceasefire', site: 'reuters.com', limit: 10 });
 *   await store.close();
 */
export function openSqliteStore(file: string, options: StoreOptions = {}): Store {
  const { raw, db } = openSqlite(file, options);
  const writer = sqliteWriter(raw);
  const source = raw.prepare<[string], SourceRow>('SELECT * FROM sources WHERE input = ?');
  // Raw statements run under kysely's connection lock, so they never land inside a
  // transaction kysely has open on the same connection (the crawl frontier's, say).
  const locked = <T>(work: () => T): Promise<T> => db.connection().execute(async () => work());
  return {
    putRecord: (record, origin) => locked(() => writer.put(record, origin)),
    putRecords: (batch) => locked(() => writer.putMany(batch)),
    putArticle: (article, origin) => locked(() => writer.put(articleRecord(article), origin)),
    recordFailure: (input, error) => locked(() => writer.recordSource({ input }, 'failed', undefined, error)),
    async ingested(input) {
      const row = await locked(() => source.get(input));
      if (!row) return undefined;
      const record: IngestRecord = { input, status: row.status as PutStatus | 'failed' };
      if (row.article_id !== null) record.articleId = row.article_id;
      if (row.error !== null) record.error = row.error;
      return record;
    },
    getArticle: (id) => readArticle(db, id),
    async findByUrl(url) {
      const row = await db
        .selectFrom('articles')
        .select('id')
        .where((eb) => eb.or([eb('url', '=', url), eb('canonical_url', '=', url)]))
        .orderBy('id')
        .executeTakeFirst();
      return row?.id;
    },
    search: (query) => searchSqlite(db, query),
    async articleIds(afterId, limit) {
      const rows = await db
        .selectFrom('articles')
        .select('id')
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id);
    },
    clusterInputs: () => readClusterInputs(db),
    saveClusters: (assignments) => writeClusters(db, assignments),
    listStories: (query = {}) => readStories(db, query),
    getStory: (id) => readStory(db, id),
    entity: (name) => readEntity(db, name),
    async stats() {
      const count = (table: 'articles' | 'stories' | 'entities' | 'quotes') =>
        db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n));
      const [articles, stories, entities, quotes] = await Promise.all([
        count('articles'),
        count('stories'),
        count('entities'),
        count('quotes'),
      ]);
      return { articles, stories, entities, quotes };
    },
    frontier: sqliteFrontier(db),
    async close() {
      await db.destroy();
      if (raw.open) raw.close();
    },
  };
}
