/** Ranked full-text search with bm25 and snippet() (FTS5), or newest-first listing. */
import { type Kysely, sql } from 'kysely';
import { collapseSpaces } from '../../util/spaces.ts';
import { filterSql, pageOf } from '../filters.ts';
import type { Tables } from '../schema.ts';
import type { SearchHit, SearchQuery, SearchResult } from '../types.ts';
import { BM25_WEIGHTS, toFtsQuery } from './fts.ts';

interface HitRow {
  id: number;
  title: string | null;
  url: string | null;
  site: string | null;
  published: string | null;
  snippet: string | null;
  score: number;
}

/** Characters of the lead shown when there is no query to build a snippet around. */
const LEAD_CHARS = 200;
/** Tokens per snippet (FTS5 allows up to 64). */
const SNIPPET_TOKENS = 24;

export async function searchSqlite(db: Kysely<Tables>, query: SearchQuery): Promise<SearchResult> {
  const { limit, offset } = pageOf(query);
  const filters = filterSql(query);
  const match = query.q === undefined ? undefined : toFtsQuery(query.q);
  if (query.q !== undefined && match === undefined) return { total: 0, hits: [] };
  if (match === undefined) {
    const count = await sql<{ n: number }>`SELECT count(*) AS n FROM articles a WHERE ${filters}`.execute(db);
    const rows = await sql<HitRow>`SELECT a.id, a.title, a.url, a.site, a.published,
        substr(a.text, 1, ${LEAD_CHARS}) AS snippet, 0 AS score
      FROM articles a WHERE ${filters}
      ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC LIMIT ${limit} OFFSET ${offset}`.execute(
      db,
    );
    return { total: count.rows[0]?.n ?? 0, hits: rows.rows.map(toHit) };
  }
  const w = BM25_WEIGHTS;
  const bm25 = sql`bm25(article_fts, ${sql.lit(w.title)}, ${sql.lit(w.body)}, ${sql.lit(w.quotes)}, ${sql.lit(w.entities)})`;
  const from = sql`article_fts JOIN articles a ON a.id = article_fts.rowid WHERE article_fts MATCH ${match} AND ${filters}`;
  const count = await sql<{ n: number }>`SELECT count(*) AS n FROM ${from}`.execute(db);
  const rows = await sql<HitRow>`SELECT a.id, a.title, a.url, a.site, a.published,
      snippet(article_fts, -1, '[', ']', '…', ${sql.lit(SNIPPET_TOKENS)}) AS snippet, -${bm25} AS score
    FROM ${from} ORDER BY ${bm25}, a.id LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return { total: count.rows[0]?.n ?? 0, hits: rows.rows.map(toHit) };
}

function toHit(row: HitRow): SearchHit {
  const hit: SearchHit = {
    id: row.id,
    snippet: collapseSpaces(row.snippet ?? '').trim(),
    score: row.score,
  };
  if (row.title !== null) hit.title = row.title;
  if (row.url !== null) hit.url = row.url;
  if (row.site !== null) hit.site = row.site;
  if (row.published !== null) hit.published = row.published;
  return hit;
}
