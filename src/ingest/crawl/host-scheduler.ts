/**
 * Per-host politeness: one request at a time per host, and at least `delayMs` between the
 * end of one request and the start of the next (robots.txt `Crawl-delay` semantics as most
 * crawlers read them). Different hosts run in parallel. Redirect hops and retries go through
 * `run` again, so they are spaced too (STACK.md: an interceptor would skip the spacing).
 */
export class HostScheduler {
  readonly #tails = new Map<string, Promise<void>>();
  readonly #notBefore = new Map<string, number>();
  readonly #delays = new Map<string, number>();
  readonly #defaultDelayMs: number;

  constructor(defaultDelayMs: number) {
    this.#defaultDelayMs = defaultDelayMs;
  }

  /** Sets the spacing of one host (e.g. from its robots.txt `Crawl-delay`). */
  setDelay(host: string, delayMs: number): void {
    this.#delays.set(host, delayMs);
  }

  delayOf(host: string): number {
    return this.#delays.get(host) ?? this.#defaultDelayMs;
  }

  /** Keeps the host quiet until `Date.now() + ms` at least (a 429/503 `Retry-After`). */
  pushBack(host: string, ms: number): void {
    const until = Date.now() + ms;
    this.#notBefore.set(host, Math.max(this.#notBefore.get(host) ?? 0, until));
  }

  /** Runs `task` in the host's turn; rejects with the signal's reason if aborted while waiting. */
  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const previous = this.#tails.get(host) ?? Promise.resolve();
    const turn = previous.then(async () => {
      await sleepUntil(this.#notBefore.get(host) ?? 0, signal);
      try {
        return await task();
      } finally {
        this.pushBack(host, this.delayOf(host));
      }
    });
    // The next task waits for this one whatever its outcome.
    this.#tails.set(
      host,
      turn.then(
        () => undefined,
        () => undefined,
      ),
    );
    return turn;
  }
}

/** Resolves at `time` (epoch ms), or rejects at once when `signal` aborts. */
export function sleepUntil(time: number, signal?: AbortSignal): Promise<void> {
  return sleep(time - Date.now(), signal);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
