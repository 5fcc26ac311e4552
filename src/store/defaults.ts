/** The default database file of the CLI (`--db`), importable without loading SQLite. */
export const DEFAULT_DB_FILE = 'dateline.db';
