/** Entity lookup: the articles naming an entity, its quotes, and quotes about it. */
import type { Kysely } from 'kysely';
import type { EntityType } from '../model.ts';
import { readQuote } from './rows-read.ts';
import type { Tables } from './schema.ts';
import { toMember } from './stories.ts';
import type { EntityReport, QuoteInArticle } from './types.ts';

/** Rows per list in one report: enough to read, bounded so a very common name stays cheap. */
const REPORT_LIMIT = 500;

export async function readEntity(db: Kysely<Tables>, name: string): Promise<EntityReport | undefined> {
  const key = name.trim().toLowerCase();
  const candidates = await db
    .selectFrom('entities as e')
    .leftJoin('mentions as m', 'm.entity_id', 'e.id')
    .select(['e.id', 'e.name', 'e.type', (eb) => eb.fn.count<number>('m.article_id').as('n')])
    .where('e.key', '=', key)
    .groupBy(['e.id', 'e.name', 'e.type'])
    .orderBy('n', 'desc')
    .execute();
  const best = candidates[0];
  if (!best) return undefined;
  const ids = candidates.map((c) => c.id);
  const articles = await db
    .selectFrom('articles as a')
    .select(['a.id', 'a.title', 'a.url', 'a.site', 'a.published', 'a.duplicate_of'])
    .where('a.id', 'in', (eb) => eb.selectFrom('mentions').select('article_id').where('entity_id', 'in', ids))
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(REPORT_LIMIT)
    .execute();
  const quoteRows = db
    .selectFrom('quotes as q')
    .innerJoin('articles as a', 'a.id', 'q.article_id')
    .selectAll('q')
    .select('a.title')
    .orderBy('q.article_id')
    .orderBy('q.position')
    .limit(REPORT_LIMIT);
  const by = await quoteRows
    .where((eb) =>
      eb.or([eb('q.speaker_entity_id', 'in', ids), eb(eb.fn('lower', ['q.speaker_name']), '=', key)]),
    )
    .execute();
  const about = await quoteRows
    .where('q.article_id', 'in', (eb) =>
      eb.selectFrom('mentions').select('article_id').where('entity_id', 'in', ids),
    )
    .where((eb) => eb(eb.fn('lower', ['q.content']), 'like', `%${key}%`))
    .execute();
  const inArticle = (row: (typeof by)[number]): QuoteInArticle => {
    const q: QuoteInArticle = { articleId: row.article_id, quote: readQuote(row) };
    if (row.title !== null) q.title = row.title;
    return q;
  };
  return {
    name: best.name,
    type: best.type as EntityType,
    articles: articles.map(toMember),
    quotesBy: by.map(inArticle),
    quotesMentioning: about.map(inArticle),
  };
}
