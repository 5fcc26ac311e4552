import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets an old generation grow past its live size before the next full GC, in
 * percent: V8 picks a factor between 1.1 and 4 from how cheap its last collections were
 * (heap/memory-controller.cc), and extraction's short-lived page trees make them cheap, so
 * each worker kept 80–105 MB of heap for 35 MB live (`--trace-gc`, bench:ingest 1 000 pages).
 *
 * Measured with bench:ingest's WARC of 2 000 pages, 2 workers, runs alternated: peak RSS
 * 435–463 MB → 407–418 MB at 15 %, CPU 36–39 s either way (within this machine's noise);
 * 30 % gave 400–423 MB. At 10 000 pages: 468 MB → 436–450 MB, 129 s → 123–135 s of CPU.
 * Smaller young generations cost far more CPU (`resourceLimits` maxYoungGenerationSizeMb 24:
 * −50 MB, +25 % CPU), so they stay at V8's default.
 */
const HEAP_GROWING_PERCENT = 15;

/**
 * How much bytecode TurboFan may inline into one optimized function (V8's default is 920
 * bytes, `--max-inlined-bytecode-size-cumulative`). Halved, each worker's warm-up costs less:
 * its optimizing compiles are smaller, and the code they produce runs as fast. Runs alternated:
 *
 * - `dateline extract` of the 181 ScrapingHub pages (2 workers), the flag given to Node:
 *   5.35, 5.24, 6.04 → 4.83, 5.07, 5.51 s of CPU; 3.05, 3.01, 3.41 → 2.78, 2.94, 3.20 s wall.
 *   Set here, by bin/dateline.mjs, four pairs: 5.71–5.91 → 5.33–5.68 s of CPU.
 * - one thread, five passes over the 974 benchmark pages (an ingest worker's share of 10 000):
 *   50.4, 46.9 → 46.8, 42.8 s of CPU, the same per page once warm.
 * - bench:speed's full pipeline after two warm-up passes: 183–189 pages/s either way, 155–166 →
 *   169–176 pages per CPU-second (fewer background compiles during the timed passes).
 * - bench:ingest's 10 000 pages: 120.8, 113.0 → 114.0, 114.1 s of CPU (within the noise).
 */
const INLINED_BYTECODE_CUMULATIVE = 460;

/**
 * V8's settings for a batch of pages: the heap growing factor and the inlining budget above.
 * Both flags are one per process (the first is read at every full GC, the second at every
 * optimizing compile), so they reach the workers started after the call and the main thread
 * alike. Called before a batch starts (a worker pool, or the CLI's in-process runners with
 * `--timeout 0`); calling it again sets the same values. bin/dateline.mjs sets the same flags
 * before any module loads, which also keeps the main thread's heap down (in-process ingest of
 * 2 000 pages: 330 MB when set at the batch, 254–260 MB when set at start-up).
 */
export function tuneForBatch(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_CUMULATIVE}`);
}

/**
 * Gives the worker threads started after this V8's default young generation, whatever the
 * process was started with. bin/dateline.mjs starts Node with a small one
 * (`--max-semi-space-size=2`) for the main thread, which only reads, schedules and writes:
 * bench:ingest, 2 000 pages, 2 workers: peak RSS 394, 399 → 346, 346 MB at the same CPU.
 * A worker takes that flag when it is set (it wins over `resourceLimits`), and so small a
 * young generation costs extraction CPU (one thread: +15–20 % per page; the same ingest with
 * small worker heaps too: +40–70 %). V8 reads the flag when an isolate is created, so setting
 * it back to 0 ("not set") here leaves the main thread's heap as it is.
 */
export function defaultYoungGenerationForWorkers(): void {
  setFlagsFromString('--max-semi-space-size=0');
}
