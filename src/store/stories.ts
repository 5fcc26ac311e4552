/** Cluster inputs out, cluster assignments in, and the story listing (portable kysely + SQL). */
import { type Kysely, sql } from 'kysely';
import { pageOf } from './filters.ts';
import type { Tables } from './schema.ts';
import type {
  ClusterAssignment,
  ClusterInput,
  Story,
  StoryListQuery,
  StoryMember,
  StorySummary,
} from './types.ts';

export async function readClusterInputs(db: Kysely<Tables>): Promise<ClusterInput[]> {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'title', 'text', 'published_at', 'story_id'])
    .orderBy('id')
    .execute();
  const mentions = await db
    .selectFrom('mentions')
    .select(['article_id', 'name'])
    .orderBy('article_id')
    .execute();
  const names = new Map<number, string[]>();
  for (const m of mentions) names.set(m.article_id, [...(names.get(m.article_id) ?? []), m.name]);
  return rows.map((r) => {
    const input: ClusterInput = { id: r.id, text: r.text, entities: names.get(r.id) ?? [] };
    if (r.title !== null) input.title = r.title;
    if (r.published_at !== null) input.published = r.published_at;
    if (r.story_id !== null) input.storyId = r.story_id;
    return input;
  });
}

/** Writes every assignment and rebuilds the stories table from them, in one transaction. */
export async function writeClusters(
  db: Kysely<Tables>,
  assignments: readonly ClusterAssignment[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const a of assignments) {
      await trx
        .updateTable('articles')
        .set({ duplicate_of: a.duplicateOf ?? null, story_id: a.storyId })
        .where('id', '=', a.id)
        .execute();
    }
    await trx.deleteFrom('stories').execute();
    await sql`INSERT INTO stories (id, label, size, sites, first_published, last_published)
      SELECT a.story_id,
        (SELECT b.title FROM articles b WHERE b.story_id = a.story_id
          ORDER BY b.published_at IS NULL, b.published_at, b.id LIMIT 1),
        count(*), count(DISTINCT a.site), min(a.published_at), max(a.published_at)
      FROM articles a WHERE a.story_id IS NOT NULL GROUP BY a.story_id`.execute(trx);
  });
}

export async function readStories(
  db: Kysely<Tables>,
  query: StoryListQuery,
): Promise<{ total: number; stories: StorySummary[] }> {
  const { limit, offset } = pageOf(query);
  const minSize = query.minSize ?? 1;
  const total = await db
    .selectFrom('stories')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('size', '>=', minSize)
    .executeTakeFirst();
  const rows = await db
    .selectFrom('stories')
    .selectAll()
    .where('size', '>=', minSize)
    .orderBy('size', 'desc')
    .orderBy('last_published', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return { total: Number(total?.n ?? 0), stories: rows.map(toSummary) };
}

export async function readStory(db: Kysely<Tables>, id: number): Promise<Story | undefined> {
  const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const members = await db
    .selectFrom('articles')
    .select(['id', 'title', 'url', 'site', 'published', 'duplicate_of'])
    .where('story_id', '=', id)
    .orderBy('published_at')
    .orderBy('id')
    .execute();
  return { ...toSummary(row), members: members.map(toMember) };
}

function toSummary(row: Tables['stories']): StorySummary {
  const s: StorySummary = { id: row.id, size: row.size, sites: row.sites };
  if (row.label !== null) s.label = row.label;
  if (row.first_published !== null) s.firstPublished = row.first_published;
  if (row.last_published !== null) s.lastPublished = row.last_published;
  return s;
}

export function toMember(row: {
  id: number;
  title: string | null;
  url: string | null;
  site: string | null;
  published: string | null;
  duplicate_of?: number | null;
}): StoryMember {
  const m: StoryMember = { id: row.id };
  if (row.title !== null) m.title = row.title;
  if (row.url !== null) m.url = row.url;
  if (row.site !== null) m.site = row.site;
  if (row.published !== null) m.published = row.published;
  if (row.duplicate_of !== undefined && row.duplicate_of !== null) m.duplicateOf = row.duplicate_of;
  return m;
}
