import { performance } from 'node:perf_hooks';
import { Presets, SingleBar } from 'cli-progress';
import type { Sink } from './io.ts';

export interface Progress {
  /** One page finished (either way). */
  tick(failed?: boolean): void;
  /** A source with a known size sets the total; streams (WARC, crawl) leave it open. */
  setTotal(total: number): void;
  stop(): void;
}

export interface ProgressOptions {
  /** What the bar says it is doing: `extracting`, `ingesting`. */
  verb: string;
  /** Pages expected, when known up front. */
  total?: number;
  /** Show the count of failed pages. */
  showFailed?: boolean;
}

const SILENT: Progress = { tick: () => undefined, setTotal: () => undefined, stop: () => undefined };

/**
 * A progress bar with rate and ETA on stderr — only when stderr is a terminal, so logs
 * and pipes never receive bar redraws (STACK.md: "cli-progress, only when stderr is a TTY").
 * With no known total (a WARC, a crawl) it shows the count and rate; the ETA stays open.
 */
export function createProgress(stderr: Sink, options: ProgressOptions, enabled: boolean): Progress {
  if (!enabled || !isWritableStream(stderr)) return SILENT;
  const failedField = options.showFailed ? ' | {failed} failed' : '';
  const bar = new SingleBar(
    {
      stream: stderr,
      format: `${options.verb} [{bar}] {value}/{shown} | {rate} pages/s | ETA {eta_formatted}${failedField}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  const started = performance.now();
  let total = options.total ?? 0;
  let done = 0;
  let failed = 0;
  bar.start(Math.max(total, 1), 0, { rate: '0.0', failed: 0, shown: total === 0 ? '?' : String(total) });
  return {
    setTotal(n) {
      total = n;
      bar.setTotal(Math.max(n, 1));
    },
    tick(pageFailed = false) {
      done += 1;
      if (pageFailed) failed += 1;
      if (total === 0) bar.setTotal(done + 1);
      const rate = (done / Math.max((performance.now() - started) / 1000, 0.001)).toFixed(1);
      bar.update(done, { rate, failed, shown: total === 0 ? '?' : String(total) });
    },
    stop: () => bar.stop(),
  };
}

function isWritableStream(sink: Sink): sink is Sink & NodeJS.WritableStream {
  return typeof (sink as { on?: unknown }).on === 'function';
}
