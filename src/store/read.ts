/** Reading one whole article back from its rows (portable kysely). */
import type { Kysely } from 'kysely';
import { fromRows } from './rows-read.ts';
import type { Tables } from './schema.ts';
import type { StoredArticle } from './types.ts';

export async function readArticle(db: Kysely<Tables>, id: number): Promise<StoredArticle | undefined> {
  const article = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!article) return undefined;
  const [authors, blocks, teasers, credits, quotes, attributions, entities] = await Promise.all([
    db.selectFrom('authors').select('name').where('article_id', '=', id).orderBy('position').execute(),
    db.selectFrom('blocks').selectAll().where('article_id', '=', id).orderBy('position').execute(),
    db.selectFrom('teasers').selectAll().where('article_id', '=', id).orderBy('position').execute(),
    db.selectFrom('credits').selectAll().where('article_id', '=', id).orderBy('position').execute(),
    db.selectFrom('quotes').selectAll().where('article_id', '=', id).orderBy('position').execute(),
    db.selectFrom('attributions').selectAll().where('article_id', '=', id).orderBy('position').execute(),
    db
      .selectFrom('mentions as m')
      .innerJoin('entities as e', 'e.id', 'm.entity_id')
      .select(['m.name', 'e.type', 'm.spans'])
      .where('m.article_id', '=', id)
      .orderBy('m.position')
      .execute(),
  ]);
  const model = fromRows({ article, authors, blocks, teasers, credits, quotes, attributions, entities });
  const stored: StoredArticle = {
    ...model,
    id,
    contentHash: article.content_hash,
    addedAt: article.added_at,
  };
  if (article.site !== null) stored.site = article.site;
  if (article.duplicate_of !== null) stored.duplicateOf = article.duplicate_of;
  if (article.story_id !== null) stored.storyId = article.story_id;
  return stored;
}
