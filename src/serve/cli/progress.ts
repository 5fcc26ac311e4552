import { performance } from 'node:perf_hooks';
import { Presets, SingleBar } from 'cli-progress';
import type { Sink } from './io.ts';

export interface Progress {
  /** One input finished (either way). */
  tick(failed: boolean): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => undefined, stop: () => undefined };

/**
 * A progress bar with rate and ETA on stderr — only when stderr is a terminal, so
 * logs and pipes never receive bar redraws (STACK.md: "cli-progress, only when stderr is a TTY").
 */
export function createProgress(stderr: Sink, total: number, enabled: boolean): Progress {
  if (!enabled || !isWritableStream(stderr)) return SILENT;
  const bar = new SingleBar(
    {
      stream: stderr,
      format: 'extracting [{bar}] {value}/{total} | {rate} pages/s | ETA {eta_formatted} | {failed} failed',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  const started = performance.now();
  let done = 0;
  let failed = 0;
  bar.start(total, 0, { rate: '0.0', failed: 0 });
  return {
    tick(pageFailed) {
      done += 1;
      if (pageFailed) failed += 1;
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { rate: (done / Math.max(seconds, 0.001)).toFixed(1), failed });
    },
    stop: () => bar.stop(),
  };
}

function isWritableStream(sink: Sink): sink is Sink & NodeJS.WritableStream {
  return typeof (sink as { on?: unknown }).on === 'function';
}
