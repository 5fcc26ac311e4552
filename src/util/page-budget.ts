import { LimitError } from '../errors.ts';

/**
 * The time budget of the page being processed (`options.timeoutMs`), so the library's
 * `extract()` is bounded too, not only the CLI's worker threads (issue 2, "Every page is
 * bounded").
 *
 * The budget is ambient, like a thread-local, instead of a parameter threaded through every
 * loop that may run long: the pipeline is synchronous, so on one thread a page runs from start
 * to end before the next begins, and nothing else can observe the budget in between.
 * Checks are cooperative: the loops that grow with the page — the HTML scanner's tokens, tree
 * walks, paragraphs and sentences in enrich — call `checkPageBudget()`, which reads the clock
 * only every CHECK_EVERY calls. The clock is wall time (`performance.now()`): Node 20 has no
 * per-thread CPU clock (`process.threadCpuUsage` arrived in Node 23).
 */
export class BudgetError extends LimitError {
  constructor(
    readonly budgetMs: number,
    input: string,
  ) {
    super(`Timed out after ${budgetMs} ms extracting "${input}"`, 'timeout');
  }
}

interface Budget {
  /** `performance.now()` past which the page is over its budget. */
  until: number;
  ms: number;
  input: string;
}

/**
 * Calls between two clock reads. A scanner token or a tree node costs well under a
 * microsecond and a sentence a few, so a spent budget is noticed within about a millisecond.
 */
const CHECK_EVERY = 64;

let current: Budget | undefined;
let countdown = CHECK_EVERY;

/** Runs `work` with a budget of `ms` (0: none) for the page `input`; restores the outer budget after. */
export function withPageBudget<T>(ms: number, input: string, work: () => T): T {
  const outer = current;
  current = ms > 0 ? { until: performance.now() + ms, ms, input } : undefined;
  countdown = CHECK_EVERY;
  try {
    return work();
  } finally {
    current = outer;
  }
}

/** Throws BudgetError once the current page's budget is spent; cheap enough for inner loops. */
export function checkPageBudget(): void {
  if (current === undefined || --countdown > 0) return;
  countdown = CHECK_EVERY;
  if (performance.now() > current.until) throw new BudgetError(current.ms, current.input);
}

/**
 * Runs one-time loading — a data table built on first use, such as eld's n-grams or the
 * gazetteer's index — without charging it to the page that happens to need it first: the
 * budget is moved on by the time the load took. (A 3 KB page without a declared language
 * once timed out at 2000 ms while eld loaded on a loaded machine; src/worker/warm-up.ts.)
 */
export function outsideBudget<T>(load: () => T): T {
  const start = performance.now();
  try {
    return load();
  } finally {
    if (current !== undefined) current.until += performance.now() - start;
  }
}

/** True when the current page has a budget and it is spent (reads the clock now). */
export function pageBudgetSpent(): boolean {
  return current !== undefined && performance.now() > current.until;
}
