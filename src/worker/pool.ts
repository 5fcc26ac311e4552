import { Piscina } from 'piscina';
import { workerBundle } from './bundle.ts';
import type { PooledTask } from './entry.ts';
import type { PageResult, PageTask } from './render.ts';
import { msSinceStart, newStartCell } from './start-signal.ts';
import { defaultYoungGenerationForWorkers, tuneForBatch } from './v8-tuning.ts';

export interface PoolOptions {
  /** Worker threads to run (the CLI's `--jobs`). */
  threads: number;
  /** Wall-clock budget per page once a worker has started it; 0 disables it. */
  timeoutMs: number;
  /** Worker module (default: ./entry.ts); tests pass a worker that never returns. */
  filename?: URL;
  /** Heap cap per worker: a pathological page ends its worker, not the whole run. */
  maxHeapMb?: number;
}

export interface PagePool<Output = string> {
  run(task: PageTask): Promise<PageResult<Output>>;
  close(): Promise<void>;
}

/** Default V8 old-space cap per worker, in MiB: 50× the 20 MiB input cap. */
const DEFAULT_MAX_HEAP_MB = 1024;

/**
 * Without a bundle (esbuild failed, or the cache folder is read-only) workers run the
 * TypeScript itself: tsx's loader is preloaded by absolute URL so it resolves from this
 * package wherever the CLI is started (a bare `--import tsx` resolves from the current
 * directory). The parent's execArgv is not copied: under `node --test` it holds per-process
 * flags that worker threads reject (ERR_WORKER_INVALID_EXEC_ARGV).
 */
function tsxExecArgv(): string[] {
  return ['--import', import.meta.resolve('tsx')];
}

/**
 * How long past its budget a page may run before its worker is ended: the pipeline stops
 * itself at the budget (src/util/page-budget.ts) and keeps what it has, so the kill is only
 * the backstop for code that does not check, and must not win the race against it.
 */
function hardLimitMs(timeoutMs: number): number {
  return timeoutMs + Math.max(500, timeoutMs / 2);
}

/**
 * A piscina pool whose every page is bounded: the page's own budget (`timeoutMs`, checked by
 * the pipeline) ends it with a recorded reason; when a page runs past hardLimitMs() anyway, its
 * task is aborted, which makes piscina terminate that worker thread and start a fresh one
 * (piscina README, "Cancelable tasks"), so a runaway page never hangs the batch.
 * The workers start once their bundle is built (./bundle.ts), which the first task awaits.
 */
export function createPagePool<Output = string>(options: PoolOptions): PagePool<Output> {
  const entry = options.filename ?? new URL('./entry.ts', import.meta.url);
  tuneForBatch();
  defaultYoungGenerationForWorkers();
  const ready = workerBundle(entry).then(
    (bundle) => startPiscina(options, bundle, []),
    () => startPiscina(options, entry, tsxExecArgv()),
  );
  return {
    run: async (task) => runBounded<Output>(await ready, task, options.timeoutMs),
    close: async () => (await ready).destroy(),
  };
}

/**
 * A pool whose threads start with its first page: for work a process may never be asked to do
 * (a server's ingest jobs), so that idle workers cost no memory. `close()` before any page
 * starts nothing.
 */
export function createLazyPagePool<Output = string>(options: PoolOptions): PagePool<Output> {
  let pool: PagePool<Output> | undefined;
  return {
    run: (task) => {
      pool ??= createPagePool<Output>(options);
      return pool.run(task);
    },
    close: async () => pool?.close(),
  };
}

function startPiscina(options: PoolOptions, filename: URL, execArgv: string[]): Piscina {
  return new Piscina({
    filename: filename.href,
    minThreads: options.threads,
    maxThreads: options.threads,
    idleTimeout: 60_000,
    execArgv,
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB },
  });
}

async function runBounded<Output>(
  piscina: Piscina,
  task: PageTask,
  timeoutMs: number,
): Promise<PageResult<Output>> {
  const started = newStartCell();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  // Checked when the limit could first have passed, and again until it has: a page still
  // queued is looked at again a whole limit later, a started one when its limit is due.
  const limit = hardLimitMs(timeoutMs);
  const check = (): void => {
    const elapsed = msSinceStart(started);
    if (elapsed !== undefined && elapsed >= limit) {
      timedOut = true;
      abort.abort();
      return;
    }
    timer = setTimeout(check, elapsed === undefined ? limit : limit - elapsed);
  };
  if (timeoutMs > 0) timer = setTimeout(check, limit);
  const pooled: PooledTask = { ...task, started };
  try {
    return (await piscina.run(pooled, { signal: abort.signal })) as PageResult<Output>;
  } catch (error) {
    const input = task.source.input;
    if (timedOut) return { ok: false, error: `Timed out after ${timeoutMs} ms extracting "${input}"` };
    return { ok: false, error: describeWorkerError(input, error) };
  } finally {
    clearTimeout(timer);
  }
}

/** A worker that died (out of memory, crash) fails only its page. */
function describeWorkerError(input: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return `Out of memory extracting "${input}"`;
  const text = error instanceof Error ? error.message : String(error);
  return `Worker failed extracting "${input}": ${text}`;
}
