/**
 * `npm run bench:speed` — pages per second on ONE core and peak RSS over the 181
 * ScrapingHub pages, for Dateline (full pipeline, and extract-only) and, in the same run,
 * @mozilla/readability 0.6.0 on linkedom 0.18.15.
 *
 *   npm run bench:speed -- [--repeat N] [--warmup N] [--json FILE]
 *
 * Each contender runs in its own child process (`bench/speed.ts --child NAME`), one after
 * the other, so peak RSS (`process.resourceUsage().maxRSS` at the child's end) never mixes.
 * Pages are gunzipped before timing; Readability also gets its HTML decoded to a string
 * before timing (Dateline decodes bytes inside its timed pipeline, so the ratio is
 * conservative). After `--warmup` untimed passes, the corpus is timed `--repeat` times and
 * the median pass is reported. Children run with `--single-threaded-gc`, so that garbage
 * collection happens on the measured core too (the same for every contender).
 *
 * The Dateline children run as `dateline`'s own batches do: with the malloc variables of
 * bin/dateline.mjs's `#!` line (binLaunch), and with V8's heap growing factor and inlining
 * budget lowered as the CLI's batch runners lower them (src/worker/v8-tuning.ts,
 * `tuneForBatch`). Readability keeps V8's and glibc's defaults, which are its fastest, so
 * the ratio stays conservative.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { binLaunch } from './lib/bin-flags.ts';
import { loadCorpus } from './lib/corpus.ts';
import { BENCH_ROOT, benchAvailable, REPO_ROOT } from './lib/paths.ts';
import {
  CONTENDERS,
  type ContenderName,
  isContenderName,
  runContender,
  type SpeedResult,
} from './lib/speed-run.ts';
import { formatTable } from './lib/table.ts';

/** The targets the project set itself (printed beside the figures, not asserted). */
const TARGETS = { pagesPerSecond: 200, ratioToReadability: 8, peakRssMb: 300 } as const;

function runChild(name: ContenderName, repeat: number, warmup: number): SpeedResult {
  const script = fileURLToPath(import.meta.url);
  const args = [
    // One core means one core: V8's parallel GC helper threads would otherwise work on the
    // second core beside the timed thread. Every contender runs with the same flags.
    '--single-threaded-gc',
    '--import',
    'tsx',
    script,
    '--child',
    name,
    '--repeat',
    `${repeat}`,
    '--warmup',
    `${warmup}`,
  ];
  const run = spawnSync(process.execPath, args, {
    cwd: REPO_ROOT,
    env: name === 'readability' ? process.env : { ...process.env, ...binLaunch().env },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`speed child ${name} failed (${run.status}): ${run.stderr}`);
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as SpeedResult;
}

function mark(ok: boolean): string {
  return ok ? 'ok' : 'MISS';
}

function printReport(results: readonly SpeedResult[]): void {
  const reference = results.find((r) => r.name === 'readability');
  const rows = results.map((r) => {
    const ratio =
      reference && r.name !== 'readability'
        ? r.medianPagesPerSecond / reference.medianPagesPerSecond
        : undefined;
    const cpuRatio =
      reference && r.name !== 'readability'
        ? r.medianPagesPerCpuSecond / reference.medianPagesPerCpuSecond
        : undefined;
    const isDateline = r.name !== 'readability';
    return [
      r.name,
      r.medianPagesPerSecond.toFixed(1),
      r.medianPagesPerCpuSecond.toFixed(1),
      `${Math.min(...r.passes).toFixed(1)}–${Math.max(...r.passes).toFixed(1)}`,
      ratio === undefined ? '-' : `${ratio.toFixed(2)}×`,
      cpuRatio === undefined ? '-' : `${cpuRatio.toFixed(2)}×`,
      r.peakRssMb.toFixed(0),
      String(r.errors),
      isDateline
        ? `${mark(r.medianPagesPerSecond >= TARGETS.pagesPerSecond)} ≥${TARGETS.pagesPerSecond}/s, ` +
          `${mark((ratio ?? 0) >= TARGETS.ratioToReadability)} ≥${TARGETS.ratioToReadability}×, ` +
          `${mark(r.peakRssMb <= TARGETS.peakRssMb)} ≤${TARGETS.peakRssMb} MB`
        : '(reference)',
    ];
  });
  const header = [
    'contender',
    'pages/s (median)',
    'pages/CPU-s',
    'range',
    'vs Readability',
    'vs R. (CPU)',
    'peak RSS MB',
    'errors',
    'targets',
  ];
  console.log(formatTable(header, rows));
  const r0 = results[0];
  if (r0) {
    console.log(
      `\n${r0.pages} ScrapingHub pages × ${r0.passes.length} timed passes after ${r0.warmup} warm-up pass(es),`,
    );
  }
  console.log(
    'one core each (one child process per contender, run one after another, V8 flag --single-threaded-gc). Timing covers extraction',
  );
  console.log('only: pages are gunzipped first, and Readability gets its HTML already decoded to a string.');
  console.log(
    "Dateline runs with its batch settings (the bin's malloc variables, V8 heap growing factor and inlining budget lowered); Readability with the defaults.",
  );
  console.log(
    'pages/CPU-s divides by the process CPU time (steadier on a shared machine; counts GC threads too);',
  );
  console.log(
    '"vs Readability" is the ratio of the wall-clock medians (the target), "vs R. (CPU)" that of pages/CPU-s.',
  );
  console.log('Peak RSS is the child process maxRSS, including the ~corpus held in memory and the runtime.');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      child: { type: 'string' },
      repeat: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '1' },
      json: { type: 'string' },
    },
  });
  const repeat = Math.max(1, Number(values.repeat));
  const warmup = Math.max(0, Number(values.warmup));
  if (!benchAvailable()) {
    console.error(
      `Cannot run bench:speed: ${BENCH_ROOT} is missing (it sits beside the repo as ../shared/bench).`,
    );
    process.exit(1);
  }
  if (values.child !== undefined) {
    if (!isContenderName(values.child)) throw new Error(`Unknown contender "${values.child}"`);
    const result = runContender(values.child, loadCorpus('scrapinghub').pages, repeat, warmup);
    console.log(JSON.stringify(result));
    return;
  }
  const results = CONTENDERS.map((name) => {
    console.error(`running ${name} …`);
    return runChild(name, repeat, warmup);
  });
  printReport(results);
  if (values.json)
    writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
}

main();
