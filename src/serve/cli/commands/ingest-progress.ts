import { performance } from 'node:perf_hooks';
import { Presets, SingleBar } from 'cli-progress';
import type { Sink } from '../io.ts';

export interface IngestProgress {
  tick(): void;
  /** A source with a known size (a folder) sets the total; streams (WARC, crawl) leave it open. */
  setTotal(total: number): void;
  stop(): void;
}

const SILENT: IngestProgress = { tick: () => undefined, setTotal: () => undefined, stop: () => undefined };

/**
 * The ingest bar: pages done, pages/s and ETA — drawn only when stderr is a terminal
 * (STACK.md: cli-progress only on a TTY), so logs and pipes never get redraws. With no
 * known total (a WARC, a crawl) it shows the count and rate without an ETA.
 */
export function createIngestProgress(stderr: Sink, enabled: boolean): IngestProgress {
  if (!enabled || typeof (stderr as { on?: unknown }).on !== 'function') return SILENT;
  let total = 0;
  const bar = new SingleBar(
    {
      stream: stderr as NodeJS.WritableStream,
      format: 'ingesting [{bar}] {value}/{shown} | {rate} pages/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 100,
    },
    Presets.shades_classic,
  );
  const started = performance.now();
  let done = 0;
  bar.start(1, 0, { rate: '0.0', shown: '?' });
  return {
    setTotal(n) {
      total = n;
      bar.setTotal(Math.max(n, 1));
    },
    tick() {
      done += 1;
      if (total === 0) bar.setTotal(done + 1);
      const rate = (done / Math.max((performance.now() - started) / 1000, 0.001)).toFixed(1);
      bar.update(done, { rate, shown: total === 0 ? '?' : String(total) });
    },
    stop: () => bar.stop(),
  };
}
