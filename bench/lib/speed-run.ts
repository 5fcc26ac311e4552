import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { OptionsInit } from '../../src/options.ts';
import { tuneForBatch } from '../../src/worker/v8-tuning.ts';
import type { Page } from './corpus.ts';
import { extractPage } from './extract-all.ts';

/** Contenders of bench:speed, each run in its own process. */
export const CONTENDERS = ['dateline', 'dateline-extract-only', 'readability'] as const;
export type ContenderName = (typeof CONTENDERS)[number];

export function isContenderName(value: string): value is ContenderName {
  return (CONTENDERS as readonly string[]).includes(value);
}

const DATELINE_OPTIONS: Record<Exclude<ContenderName, 'readability'>, OptionsInit> = {
  /** What a user gets by default: structure and enrich on. */
  dateline: {},
  /** The extraction stage alone, comparable in scope to Readability. */
  'dateline-extract-only': { structure: false, enrich: false },
};

export interface SpeedResult {
  name: ContenderName;
  pages: number;
  warmup: number;
  /** Pages per second of each timed pass. */
  passes: number[];
  medianPagesPerSecond: number;
  /**
   * Pages per CPU-second of the process: steadier than wall-clock when other work shares
   * the cores, though it also counts V8's helper threads (GC), so it reads a bit low.
   */
  medianPagesPerCpuSecond: number;
  /** `process.resourceUsage().maxRSS` at the end of the run, in MB. */
  peakRssMb: number;
  /** Pages that threw (counted on the first timed pass). */
  errors: number;
  /** Characters of text extracted per pass (a sanity figure: 0 would mean nothing was extracted). */
  chars: number;
}

interface PassResult {
  ms: number;
  /** User + system CPU milliseconds of the process (all its threads) during the pass. */
  cpuMs: number;
  errors: number;
  /** Characters of text extracted: uses every result (so no work is skipped) without keeping it. */
  chars: number;
}
type Pass = () => PassResult;

function makePass(name: ContenderName, pages: readonly Page[]): Pass {
  if (name === 'readability') {
    const htmls = pages.map((p) => new TextDecoder().decode(p.bytes));
    return () =>
      timeEach(htmls, (html) => new Readability(parseHTML(html).document).parse()?.textContent?.length ?? 0);
  }
  const options = DATELINE_OPTIONS[name];
  // What `dateline extract` does before a batch (src/serve/cli/batch.ts); see bench/speed.ts.
  tuneForBatch();
  return () => timeEach(pages, (page) => extractPage(page, options).text.length);
}

function timeEach<T>(inputs: readonly T[], work: (input: T) => number): PassResult {
  let errors = 0;
  let chars = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const input of inputs) {
    try {
      chars += work(input);
    } catch {
      errors++;
    }
  }
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, errors, chars };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Warm-up passes, then `repeat` timed passes, back to back as in a batch run. No forced GC
 * between passes: V8's forced full GC (`gc()`) drops optimized code that holds weak
 * references (`--trace-deopt`: ~80 "weak objects" deoptimizations per forced GC, against 2 in
 * ten passes without it), so every pass would restart cold, which no real batch run does.
 */
export function runContender(
  name: ContenderName,
  pages: readonly Page[],
  repeat: number,
  warmup: number,
): SpeedResult {
  const pass = makePass(name, pages);
  for (let i = 0; i < warmup; i++) pass();
  const passes: number[] = [];
  const cpuPasses: number[] = [];
  let errors = 0;
  let chars = 0;
  for (let i = 0; i < repeat; i++) {
    const run = pass();
    if (i === 0) ({ errors, chars } = run);
    passes.push((pages.length * 1000) / run.ms);
    cpuPasses.push((pages.length * 1000) / run.cpuMs);
  }
  return {
    name,
    pages: pages.length,
    warmup,
    passes,
    medianPagesPerSecond: median(passes),
    medianPagesPerCpuSecond: median(cpuPasses),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    errors,
    chars,
  };
}
