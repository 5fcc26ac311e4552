import type { OptionsInit } from '../../src/options.ts';
import { type CorpusName, loadTruth } from './corpus.ts';

/**
 * The page set and options the quality gate (test/quality-gate.test.ts) and
 * scripts/pin-floors.ts both measure, so floors are always pinned on what is gated.
 *
 * Stride N keeps every Nth page of the sorted ids (1 = the whole corpus). Both corpora
 * are gated whole: 181 + 793 pages took ~6 s of pipeline time with the placeholder
 * extractor on this 2-core machine. If the real pipeline pushes the gate past ~60 s,
 * raise the WCXB stride (e.g. 2 = 397 pages) and re-pin: the stride is recorded beside
 * the floors and a mismatch fails the gate.
 */
export const GATE_STRIDE: Readonly<Record<CorpusName, number>> = { scrapinghub: 1, wcxb: 1 };

/** The pipeline's own defaults (structure and enrich on): the gate scores what users get. */
export const GATE_OPTIONS: Readonly<OptionsInit> = {};

/** Page ids the gate runs for a corpus: every `GATE_STRIDE`-th id in sorted order. */
export function gateIds(corpus: CorpusName): string[] {
  const stride = GATE_STRIDE[corpus];
  return Object.keys(loadTruth(corpus))
    .sort()
    .filter((_, i) => i % stride === 0);
}
