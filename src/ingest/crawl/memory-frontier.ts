import type { FetchRecord, Frontier, FrontierEntry } from '../frontier.ts';

type State = 'pending' | 'in-progress' | 'done';

interface Row {
  entry: FrontierEntry;
  state: State;
  record?: FetchRecord;
}

/**
 * The `Frontier` contract in memory, for tests and one-shot runs: insertion order is claim
 * order (a `Map` keeps it), a URL is known once, completed URLs are never claimed again.
 * The store's SQLite frontier is the persistent one (src/store).
 */
export class MemoryFrontier implements Frontier {
  readonly #rows = new Map<string, Row>();

  async add(entries: FrontierEntry[]): Promise<number> {
    let added = 0;
    for (const entry of entries) {
      if (this.#rows.has(entry.url)) continue;
      this.#rows.set(entry.url, { entry: { ...entry }, state: 'pending' });
      added++;
    }
    return added;
  }

  async claim(limit: number): Promise<FrontierEntry[]> {
    const out: FrontierEntry[] = [];
    for (const row of this.#rows.values()) {
      if (out.length >= limit) break;
      if (row.state !== 'pending') continue;
      row.state = 'in-progress';
      out.push({ ...row.entry });
    }
    return out;
  }

  async complete(record: FetchRecord): Promise<void> {
    const row = this.#rows.get(record.url);
    if (row) {
      row.state = 'done';
      row.record = { ...record };
    } else {
      this.#rows.set(record.url, {
        entry: { url: record.url, depth: 0 },
        state: 'done',
        record: { ...record },
      });
    }
  }

  async validators(url: string): Promise<{ etag?: string; lastModified?: string } | undefined> {
    const record = this.#rows.get(url)?.record;
    if (!record || (record.etag === undefined && record.lastModified === undefined)) return undefined;
    const out: { etag?: string; lastModified?: string } = {};
    if (record.etag !== undefined) out.etag = record.etag;
    if (record.lastModified !== undefined) out.lastModified = record.lastModified;
    return out;
  }

  async release(urls: string[]): Promise<void> {
    for (const url of urls) {
      const row = this.#rows.get(url);
      if (row?.state === 'in-progress') row.state = 'pending';
    }
  }

  /** Test helper: the state of one URL, or undefined when unknown. */
  stateOf(url: string): State | undefined {
    return this.#rows.get(url)?.state;
  }

  /** Test helper: the last fetch record of one URL. */
  recordOf(url: string): FetchRecord | undefined {
    const record = this.#rows.get(url)?.record;
    return record ? { ...record } : undefined;
  }

  /** Re-queues a completed URL (what a feed re-poll does), keeping its validators for a conditional GET. */
  requeue(url: string): void {
    const row = this.#rows.get(url);
    if (row) row.state = 'pending';
  }
}
