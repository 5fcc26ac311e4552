import type { OptionsInit } from '../../src/options.ts';
import { type CorpusName, loadTruth } from './corpus.ts';

/**
 * The page set and options the quality gate (test/quality-gate.test.ts) and
 * scripts/pin-floors.ts both measure, so floors are always pinned on what is gated.
 *
 * Stride N keeps every Nth page of the sorted ids (1 = the whole corpus). ScrapingHub is
 * gated whole (181 pages). WCXB is gated on every 3rd page (265 of 793). Measured
 * 2026-11-28 with structure and enrich on: the whole set made the gate 49 s wall-clock
 * while other work shared the 2 cores; every 2nd page still cost 26 s of CPU and 58–66 s
 * wall at load average 10, over the ~60 s budget. `npm run bench:quality` scores all 793.
 * Changing a stride needs a re-pin: the stride is recorded beside the floors and a
 * mismatch fails the gate.
 */
export const GATE_STRIDE: Readonly<Record<CorpusName, number>> = { scrapinghub: 1, wcxb: 3 };

/**
 * The pipeline's own defaults (structure and enrich on): the gate scores what users get —
 * except the page time budget, off (`timeoutMs: 0`) so that a loaded machine can never
 * change a score (src/util/page-budget.ts). No benchmark page comes near the 2 s default.
 */
export const GATE_OPTIONS: Readonly<OptionsInit> = { timeoutMs: 0 };

/** Page ids the gate runs for a corpus: every `GATE_STRIDE`-th id in sorted order. */
export function gateIds(corpus: CorpusName): string[] {
  const stride = GATE_STRIDE[corpus];
  return Object.keys(loadTruth(corpus))
    .sort()
    .filter((_, i) => i % stride === 0);
}
