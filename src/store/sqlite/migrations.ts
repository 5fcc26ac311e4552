/**
 * The SQLite schema as one ordered list of migrations. The database's `user_version`
 * pragma holds how many have run; opening a store runs the rest, each in a transaction,
 * so a fresh file and an old file end at the same schema. Append only: never edit a
 * shipped entry (a PostgreSQL store would keep its own list with the same tables).
 */
export interface Migration {
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'articles and their parts',
    sql: `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  url TEXT UNIQUE,
  input TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  site TEXT,
  kind TEXT NOT NULL,
  charset TEXT NOT NULL,
  strategy TEXT NOT NULL,
  title TEXT,
  published TEXT,
  published_at TEXT,
  modified TEXT,
  language TEXT,
  site_name TEXT,
  canonical_url TEXT,
  description TEXT,
  image TEXT,
  section TEXT,
  text TEXT NOT NULL,
  extra TEXT NOT NULL,
  added_at TEXT NOT NULL,
  duplicate_of INTEGER,
  story_id INTEGER
);
CREATE INDEX articles_site ON articles(site);
CREATE INDEX articles_published_at ON articles(published_at);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_canonical ON articles(canonical_url);
CREATE TABLE authors (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (article_id, position));
CREATE INDEX authors_name ON authors(name COLLATE NOCASE);
CREATE TABLE blocks (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, type TEXT NOT NULL, text TEXT, span_start INTEGER, span_end INTEGER,
  data TEXT NOT NULL, PRIMARY KEY (article_id, position));
CREATE TABLE teasers (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, title TEXT, lead TEXT NOT NULL, url TEXT, truncated INTEGER NOT NULL,
  data TEXT NOT NULL, PRIMARY KEY (article_id, position));
CREATE TABLE credits (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, agency TEXT, archive INTEGER,
  raw TEXT NOT NULL, role TEXT, PRIMARY KEY (article_id, position));
CREATE TABLE entities (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL, type TEXT NOT NULL,
  UNIQUE (key, type));
CREATE TABLE mentions (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, entity_id INTEGER NOT NULL REFERENCES entities(id), name TEXT NOT NULL,
  spans TEXT NOT NULL,
  PRIMARY KEY (article_id, position));
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE quotes (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, content TEXT NOT NULL, cue TEXT NOT NULL, verb TEXT, direct INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, speaker_text TEXT NOT NULL, speaker_name TEXT,
  speaker_entity_id INTEGER REFERENCES entities(id), data TEXT NOT NULL, PRIMARY KEY (article_id, position));
CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity_id);
CREATE INDEX quotes_speaker_name ON quotes(speaker_name COLLATE NOCASE);
CREATE TABLE attributions (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, claim TEXT NOT NULL, cue TEXT NOT NULL, anonymous INTEGER NOT NULL,
  data TEXT NOT NULL, PRIMARY KEY (article_id, position));
`,
  },
  {
    name: 'ingest progress, frontier and fetches',
    sql: `
CREATE TABLE sources (
  input TEXT PRIMARY KEY, url TEXT, content_type TEXT, fetched_at TEXT,
  article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
  status TEXT NOT NULL, error TEXT, recorded_at TEXT NOT NULL);
CREATE TABLE frontier (
  url TEXT PRIMARY KEY, depth INTEGER NOT NULL, source TEXT, lastmod TEXT,
  state TEXT NOT NULL);
CREATE INDEX frontier_state ON frontier(state);
CREATE TABLE fetches (
  url TEXT PRIMARY KEY, status INTEGER NOT NULL, etag TEXT, last_modified TEXT, error TEXT,
  fetched_at TEXT NOT NULL);
`,
  },
  {
    name: 'stories',
    sql: `
CREATE TABLE stories (
  id INTEGER PRIMARY KEY, label TEXT, size INTEGER NOT NULL, sites INTEGER NOT NULL,
  first_published TEXT, last_published TEXT);
CREATE INDEX stories_size ON stories(size);
`,
  },
  {
    name: 'full-text index',
    // porter over unicode61: English news stems ("talks" finds "talk"); diacritics folded.
    // A regular (not contentless) FTS5 table, because snippet() needs the indexed text.
    sql: `
CREATE VIRTUAL TABLE article_fts USING fts5(
  title, body, quotes, entities, tokenize = 'porter unicode61 remove_diacritics 2');
`,
  },
];
