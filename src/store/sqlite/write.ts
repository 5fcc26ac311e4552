/**
 * Writing one article, idempotently, in one transaction: the same URL is one row (new
 * content replaces the old in place), and the same content under another URL is not a
 * second row. This is the ingest's hot path, so it runs on better-sqlite3 statements
 * prepared once per store instead of kysely, which compiles and prepares every query on
 * every call (13 % of an ingest's CPU in the profile of issue 5). The rows themselves come
 * from src/store/record.ts, shared with any other dialect.
 */
import type Database from 'better-sqlite3';
import type { ArticleRecord } from '../record.ts';
import type { ArticleOrigin, PutResult, RecordToPut } from '../types.ts';
import {
  ARTICLE_COLUMNS,
  ARTICLE_INSERT_COLUMNS,
  insertSql,
  PART_COLUMNS,
  PART_TABLES,
  type PartTable,
  SOURCE_COLUMNS,
  updateSql,
} from './write-sql.ts';

export interface SqliteWriter {
  put(record: ArticleRecord, origin: ArticleOrigin): PutResult;
  /** Several articles in one transaction: all are stored, or (on an error) none. */
  putMany(batch: readonly RecordToPut[]): PutResult[];
  recordSource(origin: ArticleOrigin, status: string, articleId: number | undefined, error?: string): void;
}

interface IdRow {
  id: number;
  content_hash: string;
}

export function sqliteWriter(raw: Database.Database): SqliteWriter {
  const byUrl = raw.prepare<[string], IdRow>('SELECT id, content_hash FROM articles WHERE url = ?');
  const byHash = raw.prepare<[string], { id: number }>('SELECT id FROM articles WHERE content_hash = ?');
  const insertArticle = raw.prepare(insertSql('articles', ARTICLE_INSERT_COLUMNS));
  const updateArticle = raw.prepare(updateSql('articles', ARTICLE_COLUMNS));
  const entityId = raw.prepare<[string, string], { id: number }>(
    'SELECT id FROM entities WHERE key = ? AND type = ?',
  );
  const insertEntity = raw.prepare('INSERT INTO entities (name, key, type) VALUES (?, ?, ?)');
  const insertPart = new Map(PART_TABLES.map((t) => [t, raw.prepare(insertSql(t, PART_COLUMNS[t]))]));
  const deletePart = new Map(
    PART_TABLES.map((t) => [t, raw.prepare(`DELETE FROM ${t} WHERE article_id = ?`)]),
  );
  const insertFts = raw.prepare(
    'INSERT INTO article_fts (rowid, title, body, quotes, entities) VALUES (@id, @title, @body, @quotes, @entities)',
  );
  const deleteFts = raw.prepare('DELETE FROM article_fts WHERE rowid = ?');
  const upsertSource = raw.prepare(
    `${insertSql('sources', SOURCE_COLUMNS)} ON CONFLICT (input) DO UPDATE SET ${SOURCE_COLUMNS.map(
      (c) => `${c} = excluded.${c}`,
    ).join(', ')}`,
  );

  /** Global ids of the article's entities, creating the new ones (in article order, as before). */
  const entityIds = (record: ArticleRecord): number[] =>
    record.entities.map(({ name, key, type }) => {
      const found = entityId.get(key, type);
      return found ? found.id : Number(insertEntity.run(name, key, type).lastInsertRowid);
    });

  const writeParts = (id: number, record: ArticleRecord): void => {
    const ids = entityIds(record);
    const { parts } = record;
    const rows: Record<PartTable, object[]> = {
      ...parts,
      mentions: parts.mentions.map((m) => ({ ...m, entity_id: ids[m.position] })),
      quotes: parts.quotes.map(({ speaker_entity, ...q }) => ({
        ...q,
        speaker_entity_id: speaker_entity === null ? null : (ids[speaker_entity] ?? null),
      })),
    };
    for (const table of PART_TABLES) {
      const insert = insertPart.get(table) as Database.Statement;
      for (const row of rows[table]) insert.run({ ...row, article_id: id });
    }
    insertFts.run({ id, body: record.columns.text, ...record.fullText });
  };

  const writeArticle = (record: ArticleRecord): PutResult => {
    const sameUrl = record.url === null ? undefined : byUrl.get(record.url);
    if (sameUrl && sameUrl.content_hash === record.contentHash)
      return { id: sameUrl.id, status: 'unchanged' };
    const sameContent = byHash.get(record.contentHash);
    if (sameContent) return { id: sameContent.id, status: 'duplicate' };
    if (sameUrl) {
      updateArticle.run({ ...record.columns, id: sameUrl.id });
      for (const table of PART_TABLES) (deletePart.get(table) as Database.Statement).run(sameUrl.id);
      deleteFts.run(sameUrl.id);
      writeParts(sameUrl.id, record);
      return { id: sameUrl.id, status: 'updated' };
    }
    const row = { ...record.columns, added_at: new Date().toISOString(), duplicate_of: null, story_id: null };
    const id = Number(insertArticle.run(row).lastInsertRowid);
    writeParts(id, record);
    return { id, status: 'inserted' };
  };

  const recordSource: SqliteWriter['recordSource'] = (origin, status, articleId, error) => {
    upsertSource.run({
      input: origin.input,
      url: origin.url ?? null,
      content_type: origin.contentType ?? null,
      fetched_at: origin.fetchedAt ?? null,
      article_id: articleId ?? null,
      status,
      error: error ?? null,
      recorded_at: new Date().toISOString(),
    });
  };

  const putOne = (record: ArticleRecord, origin: ArticleOrigin): PutResult => {
    const result = writeArticle(record);
    recordSource(origin, result.status, result.id);
    return result;
  };
  const put = raw.transaction(putOne);
  const putMany = raw.transaction((batch: readonly RecordToPut[]) =>
    batch.map(({ record, origin }) => putOne(record, origin)),
  );
  return { put: (record, origin) => put(record, origin), putMany: (batch) => putMany(batch), recordSource };
}
