/**
 * An article as everything the store writes for it, computed without the database: the
 * content hash, the article columns, the part rows, the entity keys and the full-text
 * fields. Pure and plain data (strings, numbers, null), so an ingest worker thread builds
 * it next to the extraction and only this crosses to the writing thread (a structured
 * clone), instead of the whole `Article` as JSON parsed again on the other side.
 */
import type { Article, EntityType } from '../model.ts';
import { contentHash, siteOf } from './content-hash.ts';
import { type ArticleColumns, articleColumns, type PartRows, partRows } from './rows.ts';

/** One of the article's entities as the shared `entities` table keys it. */
export interface EntityKey {
  /** The spelling stored when the entity is new (the first one seen wins). */
  name: string;
  /** Lower-cased name: entities are one row per (key, type). */
  key: string;
  type: EntityType;
}

/**
 * The text of the full-text row, one field per FTS column, except `body`: that column is
 * `columns.text`, not sent twice (the record crosses between threads as a structured clone,
 * and the body was a fifth of it).
 */
export interface FullTextFields {
  title: string;
  quotes: string;
  entities: string;
}

export interface ArticleRecord {
  url: string | null;
  contentHash: string;
  columns: ArticleColumns;
  parts: PartRows;
  /** In the article's `entities` order: `parts.mentions[i]` and `speaker_entity` index into it. */
  entities: EntityKey[];
  fullText: FullTextFields;
}

export function articleRecord(article: Article): ArticleRecord {
  const hash = contentHash(article);
  return {
    url: article.url ?? null,
    contentHash: hash,
    columns: articleColumns(article, hash, siteOf(article.url ?? article.canonicalUrl)),
    parts: partRows(article),
    entities: article.entities.map((e) => ({ name: e.name, key: e.name.toLowerCase(), type: e.type })),
    fullText: {
      title: article.title ?? '',
      quotes: article.quotes.map((q) => q.content).join('\n'),
      entities: article.entities.map((e) => e.name).join('\n'),
    },
  };
}
