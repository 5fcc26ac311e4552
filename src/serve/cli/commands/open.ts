import { openStore, type Store, type StoreOptions } from '../../../store/index.ts';

/** Opens the store for one command and always closes it, whatever the command returns or throws. */
export async function withStore<T>(
  file: string,
  run: (store: Store) => Promise<T>,
  options: StoreOptions = {},
): Promise<T> {
  const store = openStore(file, options);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}
