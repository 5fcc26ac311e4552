/**
 * The corpus store: `openStore()` and the `Store` interface (src/store/types.ts) that
 * the CLI and the HTTP API read and write through. SQLite is the only backend today.
 */
import { DEFAULT_DB_FILE } from './defaults.ts';
import { openSqliteStore } from './sqlite/store.ts';
import type { Store, StoreOptions } from './types.ts';

export { contentHash, siteOf } from './content-hash.ts';
export { DEFAULT_DB_FILE } from './defaults.ts';
export { type ArticleRecord, articleRecord } from './record.ts';
export * from './types.ts';

/** Opens the store in `file`, creating and migrating it as needed. */
export function openStore(file: string = DEFAULT_DB_FILE, options: StoreOptions = {}): Store {
  return openSqliteStore(file, options);
}
