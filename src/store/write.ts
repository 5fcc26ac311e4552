/**
 * Writing one article, idempotently, in one transaction: the same URL is one row (new
 * content replaces the old in place), and the same content under another URL is not a
 * second row. Portable kysely; the full-text index is the dialect's (`FullText`).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Article } from '../model.ts';
import { contentHash, siteOf } from './content-hash.ts';
import { articleColumns, partRows } from './rows.ts';
import type { Tables } from './schema.ts';
import type { ArticleOrigin, PutResult } from './types.ts';

/** The dialect-specific full-text index, kept in step with the article rows. */
export interface FullText {
  index(trx: Transaction<Tables>, id: number, article: Article): Promise<void>;
  remove(trx: Transaction<Tables>, id: number): Promise<void>;
}

/** Child tables cleared before an article's parts are rewritten. */
const PART_TABLES = [
  'authors',
  'blocks',
  'teasers',
  'credits',
  'quotes',
  'attributions',
  'mentions',
] as const;

export async function putArticle(
  db: Kysely<Tables>,
  fts: FullText,
  article: Article,
  origin: ArticleOrigin,
): Promise<PutResult> {
  const hash = contentHash(article);
  return db.transaction().execute(async (trx) => {
    const result = await writeArticle(trx, fts, article, hash);
    await recordSource(trx, origin, result.status, result.id, undefined);
    return result;
  });
}

async function writeArticle(
  trx: Transaction<Tables>,
  fts: FullText,
  article: Article,
  hash: string,
): Promise<PutResult> {
  const byUrl = article.url
    ? await trx
        .selectFrom('articles')
        .select(['id', 'content_hash'])
        .where('url', '=', article.url)
        .executeTakeFirst()
    : undefined;
  if (byUrl && byUrl.content_hash === hash) return { id: byUrl.id, status: 'unchanged' };
  const byHash = await trx
    .selectFrom('articles')
    .select('id')
    .where('content_hash', '=', hash)
    .executeTakeFirst();
  if (byHash) return { id: byHash.id, status: 'duplicate' };
  const columns = articleColumns(article, hash, siteOf(article.url ?? article.canonicalUrl));
  let id: number;
  if (byUrl) {
    id = byUrl.id;
    await trx.updateTable('articles').set(columns).where('id', '=', id).execute();
    for (const table of PART_TABLES) await trx.deleteFrom(table).where('article_id', '=', id).execute();
    await fts.remove(trx, id);
  } else {
    const row = { ...columns, added_at: new Date().toISOString(), duplicate_of: null, story_id: null };
    const inserted = await trx.insertInto('articles').values(row).returning('id').executeTakeFirstOrThrow();
    id = inserted.id;
  }
  await writeParts(trx, id, article);
  await fts.index(trx, id, article);
  return { id, status: byUrl ? 'updated' : 'inserted' };
}

async function writeParts(trx: Transaction<Tables>, id: number, article: Article): Promise<void> {
  const entityIds = await entityIdsFor(trx, article);
  const parts = partRows(article, entityIds);
  for (const table of PART_TABLES) {
    const rows = parts[table].map((row) => ({ ...row, article_id: id }));
    // Chunked: SQLite caps bound parameters per statement (32 766 since 3.32).
    for (let i = 0; i < rows.length; i += 200) {
      await trx
        .insertInto(table)
        .values(rows.slice(i, i + 200) as never)
        .execute();
    }
  }
}

/** Global ids of the article's entities (by lower-cased name and type), creating the new ones. */
async function entityIdsFor(trx: Transaction<Tables>, article: Article): Promise<number[]> {
  if (article.entities.length === 0) return [];
  const wanted = article.entities.map((e) => ({ name: e.name, key: e.name.toLowerCase(), type: e.type }));
  await trx
    .insertInto('entities')
    .values(wanted)
    .onConflict((oc) => oc.columns(['key', 'type']).doNothing())
    .execute();
  const keys = [...new Set(wanted.map((w) => w.key))];
  const found = await trx
    .selectFrom('entities')
    .select(['id', 'key', 'type'])
    .where('key', 'in', keys)
    .execute();
  const ids = new Map(found.map((f) => [`${f.type}\u0000${f.key}`, f.id]));
  return wanted.map((w) => ids.get(`${w.type}\u0000${w.key}`) as number);
}

export async function recordSource(
  trx: Kysely<Tables>,
  origin: ArticleOrigin,
  status: string,
  articleId: number | undefined,
  error: string | undefined,
): Promise<void> {
  const row = {
    input: origin.input,
    url: origin.url ?? null,
    content_type: origin.contentType ?? null,
    fetched_at: origin.fetchedAt ?? null,
    article_id: articleId ?? null,
    status,
    error: error ?? null,
    recorded_at: new Date().toISOString(),
  };
  await trx
    .insertInto('sources')
    .values(row)
    .onConflict((oc) => oc.column('input').doUpdateSet(row))
    .execute();
}
