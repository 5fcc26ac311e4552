/**
 * The store behind one interface: the CLI and the HTTP API (issue 6) read and write the
 * corpus only through `Store`, so a PostgreSQL implementation can take SQLite's place
 * later (DESIGN.md: "store/ persistence shell: SQLite by default, PostgreSQL at scale").
 * Everything here is plain data; rows are not the model (src/store/rows.ts maps them).
 */
import type { Frontier } from '../ingest/frontier.ts';
import type { Article, EntityType, Quote } from '../model.ts';
import type { ArticleRecord } from './record.ts';

/** An article as stored: the full `Article` plus its row id and corpus facts. */
export type StoredArticle = Article & {
  id: number;
  /** Host of the article's URL without `www.`, e.g. `reuters.com`; absent for local files. */
  site?: string;
  /** SHA-256 of the normalised title and text: the content identity used for idempotency. */
  contentHash: string;
  /** When the article entered the store (ISO 8601). */
  addedAt: string;
  /** Smallest article id of its near-duplicate (syndicated copy) group, once grouped. */
  duplicateOf?: number;
  /** Story cluster id, once clustered. */
  storyId?: number;
};

/** Where an article came from: the input as named plus what fetching knew. */
export interface ArticleOrigin {
  input: string;
  url?: string;
  contentType?: string;
  fetchedAt?: string;
}

/**
 * What `putArticle` did: `inserted` a new row; `unchanged` (same URL, same content);
 * `updated` (same URL, new content: the row keeps its id); `duplicate` (same content
 * under another URL: no new row, the origin points at the existing one).
 */
export type PutStatus = 'inserted' | 'unchanged' | 'updated' | 'duplicate';

/** One article for `putRecords`. */
export interface RecordToPut {
  record: ArticleRecord;
  origin: ArticleOrigin;
}

export interface PutResult {
  id: number;
  status: PutStatus;
}

export interface SearchQuery {
  /** Full-text query: words (all must match), "quoted phrases", `word*` prefixes. Absent = list newest first. */
  q?: string;
  /** Host, with or without `www.` (`reuters.com` also matches `www.reuters.com`). */
  site?: string;
  /** Author name, case-insensitive substring. */
  author?: string;
  /** Entity name, exact but case-insensitive (`ukraine` finds `Ukraine`). */
  entity?: string;
  /** Published on or after (ISO date or datetime, compared in UTC). */
  from?: string;
  /** Published on or before (an ISO date includes that whole day). */
  to?: string;
  /** Page size (default 20, at most 1000). */
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: number;
  title?: string;
  url?: string;
  site?: string;
  published?: string;
  /** Matching text with the hits wrapped in `[` `]`; the lead when there is no query. */
  snippet: string;
  /** Relevance, higher is better (negated bm25); 0 when there is no query. */
  score: number;
}

export interface SearchResult {
  /** Matches in all pages. */
  total: number;
  hits: SearchHit[];
}

/** One member of a story, enough to list it. */
export interface StoryMember {
  id: number;
  title?: string;
  url?: string;
  site?: string;
  published?: string;
  /** Smallest id of its near-duplicate group when it is a syndicated copy. */
  duplicateOf?: number;
}

export interface StorySummary {
  id: number;
  /** The title of the story's earliest member. */
  label?: string;
  size: number;
  /** Distinct sites among the members. */
  sites: number;
  firstPublished?: string;
  lastPublished?: string;
}

export interface Story extends StorySummary {
  members: StoryMember[];
}

export interface StoryListQuery {
  /** Only stories with at least this many members (default 1). */
  minSize?: number;
  limit?: number;
  offset?: number;
}

/** A quote with the article it appears in. */
export interface QuoteInArticle {
  articleId: number;
  title?: string;
  quote: Quote;
}

/** Everything the corpus says by and about one entity. */
export interface EntityReport {
  name: string;
  type: EntityType;
  /** Articles mentioning it, newest first. */
  articles: StoryMember[];
  /** Quotes whose speaker resolved to it (by entity index or by speaker name). */
  quotesBy: QuoteInArticle[];
  /** Quotes whose content names it. */
  quotesMentioning: QuoteInArticle[];
}

/** Inputs to grouping: the plain data `src/cluster` needs for each article. */
export interface ClusterInput {
  id: number;
  title?: string;
  text: string;
  published?: string;
  entities: string[];
  /** Previous story assignment, so clustering is incremental. */
  storyId?: number;
}

/** Grouping results written back: near-duplicate group and story per article. */
export interface ClusterAssignment {
  id: number;
  duplicateOf?: number;
  storyId: number;
}

/** Per-input progress: an ingest run skips inputs already recorded (resumable). */
export interface IngestRecord {
  input: string;
  status: PutStatus | 'failed';
  articleId?: number;
  error?: string;
}

export interface StoreStats {
  articles: number;
  stories: number;
  entities: number;
  quotes: number;
}

/** How a store is opened: tuning for one use, never a change to what it holds. */
export interface StoreOptions {
  /**
   * Page cache of the connection, in KiB. A writer that only appends (`dateline ingest`)
   * needs little of it; readers (search, the HTTP server) keep the backend's default.
   */
  cacheKiB?: number;
}

export interface Store {
  /** Stores one article idempotently (by URL, then by content hash) in one transaction. */
  putArticle(article: Article, origin: ArticleOrigin): Promise<PutResult>;
  /** `putArticle` of an article already mapped to rows (`articleRecord()`, e.g. in an ingest worker). */
  putRecord(record: ArticleRecord, origin: ArticleOrigin): Promise<PutResult>;
  /**
   * Several records in one transaction (results in the same order): an ingest commits a
   * batch at a time, because each commit costs SQLite a WAL frame set and FTS5 a new
   * segment to merge. On an error nothing of the batch is stored.
   */
  putRecords(batch: readonly RecordToPut[]): Promise<PutResult[]>;
  /** Records a failed input so a resumed run does not try it again. */
  recordFailure(input: string, error: string): Promise<void>;
  /** The progress record of an input (file path or URL), if a run has seen it. */
  ingested(input: string): Promise<IngestRecord | undefined>;
  getArticle(id: number): Promise<StoredArticle | undefined>;
  /** Article id by URL (or canonical URL). */
  findByUrl(url: string): Promise<number | undefined>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Every article id in id order, in pages (for export). */
  articleIds(afterId: number, limit: number): Promise<number[]>;
  clusterInputs(): Promise<ClusterInput[]>;
  saveClusters(assignments: readonly ClusterAssignment[]): Promise<void>;
  listStories(query?: StoryListQuery): Promise<{ total: number; stories: StorySummary[] }>;
  getStory(id: number): Promise<Story | undefined>;
  /** By name, case-insensitive; the most mentioned type wins when a name has several. */
  entity(name: string): Promise<EntityReport | undefined>;
  stats(): Promise<StoreStats>;
  /** The crawl frontier kept in the same database (src/ingest/frontier.ts contract). */
  frontier: Frontier;
  close(): Promise<void>;
}
