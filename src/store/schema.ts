/**
 * Row types of the store's tables, for kysely's typed queries. Rows are not the model:
 * src/store/rows.ts maps an `Article` to these rows and back. Nested parts that are
 * never queried on their own (block marks, table rows, messages) are JSON text columns.
 * Booleans are 0/1 integers so the same rows fit SQLite and PostgreSQL (as smallint).
 */
import type { Generated } from 'kysely';

export interface ArticleRow {
  id: Generated<number>;
  url: string | null;
  input: string;
  content_hash: string;
  site: string | null;
  kind: string;
  charset: string;
  strategy: string;
  title: string | null;
  published: string | null;
  /** `published` as a UTC ISO instant, for date filters and ordering. */
  published_at: string | null;
  modified: string | null;
  language: string | null;
  site_name: string | null;
  canonical_url: string | null;
  description: string | null;
  image: string | null;
  section: string | null;
  text: string;
  /** JSON: tags, metadataSources, removed, related, messages, dateline, figures, dates. */
  extra: string;
  added_at: string;
  duplicate_of: number | null;
  story_id: number | null;
}

export interface AuthorRow {
  article_id: number;
  position: number;
  name: string;
}

export interface BlockRow {
  article_id: number;
  position: number;
  type: string;
  text: string | null;
  span_start: number | null;
  span_end: number | null;
  /** JSON of the block's other fields (level, marks, items, rows, src, caption …). */
  data: string;
}

export interface TeaserRow {
  article_id: number;
  position: number;
  title: string | null;
  lead: string;
  url: string | null;
  truncated: number;
  /** JSON: caption, credit, dateline. */
  data: string;
}

export interface CreditRow {
  article_id: number;
  position: number;
  name: string;
  kind: string;
  agency: string | null;
  archive: number | null;
  raw: string;
  role: string | null;
}

export interface QuoteRow {
  article_id: number;
  position: number;
  content: string;
  cue: string;
  verb: string | null;
  direct: number;
  start: number;
  end: number;
  speaker_text: string;
  speaker_name: string | null;
  /** Global entity id the speaker resolved to, when it did. */
  speaker_entity_id: number | null;
  /** JSON of the rest: cueSpan, speaker role/affiliation/span/entity index. */
  data: string;
}

export interface AttributionRow {
  article_id: number;
  position: number;
  claim: string;
  cue: string;
  anonymous: number;
  /** JSON: sources, qualifiers, claimSpan, cueSpan. */
  data: string;
}

export interface EntityRow {
  id: Generated<number>;
  name: string;
  /** Lower-cased name, for case-insensitive lookup on any database. */
  key: string;
  type: string;
}

export interface MentionRow {
  article_id: number;
  /** Index of the entity in the article's `entities` list. */
  position: number;
  entity_id: number;
  /** The name as this article wrote it (the entities row keeps the first spelling seen). */
  name: string;
  /** JSON array of spans. */
  spans: string;
}

export interface SourceRow {
  input: string;
  url: string | null;
  content_type: string | null;
  fetched_at: string | null;
  article_id: number | null;
  status: string;
  error: string | null;
  recorded_at: string;
}

export interface FrontierRow {
  url: string;
  depth: number;
  source: string | null;
  lastmod: string | null;
  /** `pending` | `claimed` | `done`. */
  state: string;
}

export interface FetchRow {
  url: string;
  status: number;
  etag: string | null;
  last_modified: string | null;
  error: string | null;
  fetched_at: string;
}

export interface StoryRow {
  id: number;
  label: string | null;
  size: number;
  sites: number;
  first_published: string | null;
  last_published: string | null;
}

export interface Tables {
  articles: ArticleRow;
  authors: AuthorRow;
  blocks: BlockRow;
  teasers: TeaserRow;
  credits: CreditRow;
  quotes: QuoteRow;
  attributions: AttributionRow;
  entities: EntityRow;
  mentions: MentionRow;
  sources: SourceRow;
  frontier: FrontierRow;
  fetches: FetchRow;
  stories: StoryRow;
}
