/**
 * Extracted articles gathered into one store transaction per batch. A commit per article
 * cost the ingest about as much SQLite time again as the rows themselves (WAL frames, and
 * FTS5 writes each transaction's terms as a new segment that later has to be merged);
 * batches of BATCH_SIZE halve that. A killed run loses at most the batch not yet
 * committed — whose inputs are not recorded either, so a resumed run extracts them again.
 */
import { describeError } from '../../../errors.ts';
import type { ArticleOrigin, ArticleRecord, PutResult, RecordToPut, Store } from '../../../store/index.ts';

/** Articles per transaction: past ~16 the gain levels off (issue 5 notes). */
export const BATCH_SIZE = 16;
/** Longest an article waits uncommitted when pages trickle in (a polite crawl). */
export const BATCH_MAX_AGE_MS = 1000;

export type BatchOutcome = { ok: true; result: PutResult } | { ok: false; error: string };

export interface WriteBatcher {
  /** Queues one article; waits only when this fills the batch and it is written. */
  add(record: ArticleRecord, origin: ArticleOrigin): Promise<void>;
  /** Writes what is queued. */
  flush(): Promise<void>;
}

export function createWriteBatcher(
  store: Store,
  onOutcome: (origin: ArticleOrigin, outcome: BatchOutcome) => Promise<void>,
  size = BATCH_SIZE,
  maxAgeMs = BATCH_MAX_AGE_MS,
): WriteBatcher {
  let pending: RecordToPut[] = [];
  let timer: NodeJS.Timeout | undefined;
  // Batches are written one after another, in the order they filled.
  let writing: Promise<void> = Promise.resolve();
  // A failure to record outcomes stops the chain from carrying it; the next flush reports it.
  let failed: unknown;

  const write = async (batch: RecordToPut[]): Promise<void> => {
    let results: PutResult[] | undefined;
    try {
      results = await store.putRecords(batch);
    } catch {
      // One bad article must not fail its neighbours: write them one by one to find it.
      for (const item of batch) await onOutcome(item.origin, await putAlone(store, item));
      return;
    }
    for (const [i, item] of batch.entries()) {
      await onOutcome(item.origin, { ok: true, result: results[i] as PutResult });
    }
  };

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = [];
    if (batch.length > 0) {
      writing = writing
        .then(() => write(batch))
        .catch((error: unknown) => {
          failed ??= error;
        });
    }
    return writing.then(() => {
      if (failed !== undefined) throw failed;
    });
  };

  return {
    async add(record, origin) {
      if (failed !== undefined) throw failed;
      pending.push({ record, origin });
      if (pending.length >= size) return flush();
      // unref: a timer alone never keeps the process alive; close() flushes the rest.
      // A failure surfaces at the next add() or flush().
      timer ??= setTimeout(() => flush().catch(() => undefined), maxAgeMs).unref();
    },
    flush,
  };
}

async function putAlone(store: Store, item: RecordToPut): Promise<BatchOutcome> {
  try {
    return { ok: true, result: await store.putRecord(item.record, item.origin) };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}
