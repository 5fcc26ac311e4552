#!/usr/bin/env -S MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072 MALLOC_TRIM_THRESHOLD_=131072 node --max-semi-space-size=2
// The `dateline` command: registers tsx so the TypeScript sources run as they are
// (no build step; STACK.md "run TS"), then hands argv and the process streams to main().
import { register } from 'tsx/esm/api';

// The `--max-semi-space-size=2` above (MiB) is for this main thread only, and can only be
// given when Node starts: it reads, schedules and stores while workers extract, and with
// V8's default young generation an ingest's main thread held 51 MB of heap for 16 MB in use.
// Worker pools give their threads V8's default back (src/worker/v8-tuning.ts says why and
// what it saves). `env -S` splits the line (GNU coreutils ≥ 8.30, BSD/macOS; npm's Windows
// shims, cmd-shim, read it too, variables included).
// The MALLOC_* variables are for glibc's malloc, which reads them only at start-up (mallopt(3);
// other C libraries ignore them). By default it gives each thread that allocates its own arena
// and, once a large block is freed, raises its mmap threshold, so V8's compiler zones and
// zlib's buffers end up in arenas that never shrink. Two arenas and fixed 128 KiB mmap and
// trim thresholds took an ingest of 10 000 pages from 389, 388 MB of peak RSS to 354, 363 MB
// at the same CPU (bench:ingest's shape, runs alternated; issue 5).
register();
// V8's heap growing factor and inlining budget, set before the CLI loads
// (src/worker/v8-tuning.ts says why). Set here rather than when a batch starts, the heap
// growing factor also holds for the main thread's own heap: an in-process ingest
// (`--timeout 0`) of 2 000 pages peaked at 254–260 MB instead of 330 MB (and 412 MB unset),
// at the same CPU. With worker pools it changes nothing measurable.
const { tuneForBatch } = await import('../src/worker/v8-tuning.ts');
tuneForBatch();
const { main } = await import('../src/serve/cli/main.ts');

// A closed pipe (`dateline … | head`) is a normal way for a reader to stop.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  isTTY: process.stderr.isTTY === true,
});
// Exit as soon as the output is flushed: idle keep-alive sockets (undici) or an idle
// worker must not hold the process open after the run is over.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
