import { describeError } from '../../errors.ts';
import type { FormatName } from '../../format/index.ts';
import { ingest } from '../../ingest/index.ts';
import type { InputKind } from '../../model.ts';
import type { OptionsInit } from '../../options.ts';
import { createPagePool } from '../../worker/pool.ts';
import type { PageResult, PageTask } from '../../worker/render.ts';
import { tuneForBatch } from '../../worker/v8-tuning.ts';
import type { CliIo } from './io.ts';
import type { OrderedOutput, Outcome } from './ordered-output.ts';
import { createProgress } from './progress.ts';

export interface BatchPlan {
  inputs: readonly string[];
  format: FormatName;
  explain: boolean;
  structure: boolean;
  enrich: boolean;
  jobs: number;
  timeoutMs: number;
  fetchTimeoutMs: number;
  maxBytes: number;
  from?: InputKind;
  url?: string;
  progress: boolean;
}

interface Runner {
  run(task: PageTask): Promise<PageResult>;
  close(): Promise<void>;
}

/**
 * Runs every input through ingest → worker → ordered output and returns the failures.
 * Pages run in a piscina pool whenever a timeout is set — the only way to stop a page
 * stuck in synchronous code is to end its thread — with at most `jobs` threads (fewer
 * for fewer pages). `--timeout 0` runs in-process, unbounded, with no worker start-up.
 * Twice as many pages as threads are in flight so reading overlaps extraction.
 */
export async function runBatch(plan: BatchPlan, io: CliIo, output: OrderedOutput): Promise<Outcome[]> {
  const threads = Math.max(1, Math.min(plan.jobs, plan.inputs.length));
  const runner: Runner =
    plan.timeoutMs > 0 ? createPagePool({ threads, timeoutMs: plan.timeoutMs }) : await inProcessRunner();
  const progress = createProgress(
    io.stderr,
    { verb: 'extracting', total: plan.inputs.length, showFailed: true },
    plan.progress && io.isTTY === true,
  );
  const failures: Array<{ index: number; outcome: Outcome }> = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let index = next++; index < plan.inputs.length; index = next++) {
      const outcome = await processOne(plan, io, runner, plan.inputs[index] as string);
      if (!outcome.ok) failures.push({ index, outcome });
      progress.tick(!outcome.ok);
      output.put(index, outcome);
    }
  };
  output.open();
  try {
    await Promise.all(Array.from({ length: plan.timeoutMs > 0 ? threads * 2 : 2 }, lane));
  } finally {
    progress.stop();
    await runner.close();
  }
  output.close();
  return failures.sort((a, b) => a.index - b.index).map((failure) => failure.outcome);
}

async function processOne(plan: BatchPlan, io: CliIo, runner: Runner, input: string): Promise<Outcome> {
  let task: PageTask;
  try {
    const source = await ingest(input, {
      maxBytes: plan.maxBytes,
      fetchTimeoutMs: plan.fetchTimeoutMs,
      from: plan.from,
      url: plan.url,
      stdin: io.stdin,
    });
    const options: OptionsInit = {
      url: plan.url,
      from: plan.from,
      maxBytes: plan.maxBytes,
      timeoutMs: plan.timeoutMs,
      structure: plan.structure,
      enrich: plan.enrich,
    };
    task = { source, options, format: plan.format, explain: plan.explain };
  } catch (error) {
    return { input, ok: false, error: describeError(error) };
  }
  const result = await runner.run(task);
  return result.ok ? { input, ok: true, output: result.output } : { input, ok: false, error: result.error };
}

/** The pipeline is imported only here: with a pool, the main thread never loads it (~1.5 s of start-up). */
async function inProcessRunner(): Promise<Runner> {
  const { renderPage } = await import('../../worker/render.ts');
  tuneForBatch();
  return { run: async (task) => renderPage(task), close: async () => undefined };
}
