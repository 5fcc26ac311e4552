/**
 * The column lists and statement texts of the SQLite writer (src/store/sqlite/write.ts).
 * Each list is checked against the row types, so a column added to src/store/schema.ts
 * and not here fails to compile instead of being silently dropped.
 */
import type { ArticleColumns } from '../rows.ts';
import type {
  AttributionRow,
  AuthorRow,
  BlockRow,
  CreditRow,
  MentionRow,
  QuoteRow,
  SourceRow,
  TeaserRow,
} from '../schema.ts';

/** Child tables of an article, cleared before its parts are rewritten. */
export const PART_TABLES = [
  'authors',
  'blocks',
  'teasers',
  'credits',
  'quotes',
  'attributions',
  'mentions',
] as const;
export type PartTable = (typeof PART_TABLES)[number];

/**
 * `list`, checked to name every column of `Row`: a missing one is a type error that
 * names it (`{ missing: 'col' }`).
 */
function columnsOf<Row>() {
  return <const L extends readonly (keyof Row & string)[]>(
    list: L &
      (Exclude<keyof Row, L[number]> extends never ? unknown : { missing: Exclude<keyof Row, L[number]> }),
  ): L => list;
}

export const PART_COLUMNS = {
  authors: columnsOf<AuthorRow>()(['article_id', 'position', 'name']),
  blocks: columnsOf<BlockRow>()(['article_id', 'position', 'type', 'text', 'span_start', 'span_end', 'data']),
  teasers: columnsOf<TeaserRow>()(['article_id', 'position', 'title', 'lead', 'url', 'truncated', 'data']),
  credits: columnsOf<CreditRow>()([
    'article_id',
    'position',
    'name',
    'kind',
    'agency',
    'archive',
    'raw',
    'role',
  ]),
  quotes: columnsOf<QuoteRow>()([
    'article_id',
    'position',
    'content',
    'cue',
    'verb',
    'direct',
    'start',
    'end',
    'speaker_text',
    'speaker_name',
    'speaker_entity_id',
    'data',
  ]),
  attributions: columnsOf<AttributionRow>()(['article_id', 'position', 'claim', 'cue', 'anonymous', 'data']),
  mentions: columnsOf<MentionRow>()(['article_id', 'position', 'entity_id', 'name', 'spans']),
};

/** The article's own columns (no id, no corpus-level ones). */
export const ARTICLE_COLUMNS = columnsOf<ArticleColumns>()([
  'url',
  'input',
  'content_hash',
  'site',
  'kind',
  'charset',
  'strategy',
  'title',
  'published',
  'published_at',
  'modified',
  'language',
  'site_name',
  'canonical_url',
  'description',
  'image',
  'section',
  'text',
  'extra',
]);

export const ARTICLE_INSERT_COLUMNS = [...ARTICLE_COLUMNS, 'added_at', 'duplicate_of', 'story_id'] as const;

export const SOURCE_COLUMNS = columnsOf<SourceRow>()([
  'input',
  'url',
  'content_type',
  'fetched_at',
  'article_id',
  'status',
  'error',
  'recorded_at',
]);

/** Column names are quoted: `end` is an SQL keyword. */
const quoted = (column: string): string => `"${column}"`;

/** `INSERT INTO t ("a", "b") VALUES (@a, @b)`: bound by name from a row object. */
export function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.map(quoted).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
}

/** `UPDATE t SET "a" = @a, … WHERE id = @id`. */
export function updateSql(table: string, columns: readonly string[]): string {
  return `UPDATE ${table} SET ${columns.map((c) => `${quoted(c)} = @${c}`).join(', ')} WHERE id = @id`;
}
