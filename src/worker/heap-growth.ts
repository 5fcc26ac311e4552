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
 * Sets V8's heap growing factor for the whole process (the flag is one per process and read
 * at every full GC, so it reaches the workers started after it and the main thread alike).
 * Called before a batch starts (a worker pool, or the CLI's in-process runners with `--timeout 0`):
 * a batch of pages is where the headroom adds up. Setting it again sets the same value.
 * bin/dateline.mjs sets the same flag before any module loads, which also keeps the main
 * thread's heap down (in-process ingest of 2 000 pages: 330 MB here, 254–260 MB there).
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
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
