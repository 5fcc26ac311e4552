import { processString } from '../pipeline.ts';

/**
 * A small page that touches every lazily built table: eld's language data (no declared
 * language), the city gazetteer (a dateline), the agency lexicon, and enrich's word lists
 * (a quote with a speaker, entities, a date).
 */
const SAMPLE_PAGE = `<html><body><article><h1>Harbour reopens</h1>
<p>KYIV (Reuters) - The harbour reopened to ships on Friday after a week of storms, the port authority said.</p>
<p>“We are open again,” said Olena Petrenko, a spokeswoman for the Ukrainian port authority in Odesa.</p>
</article></body></html>`;

/**
 * Runs the whole pipeline once on SAMPLE_PAGE, so one-time loading (~0.3–1 s, more on a
 * loaded machine) falls in the worker's start-up — which the pool does not time — and never
 * makes a page hit `--timeout`. Found when a 3 KB page without a declared language timed
 * out at 2000 ms on a loaded machine.
 */
export function warmUpWorker(): void {
  // No page budget: on a loaded machine the warm-up may take seconds, and a throw here
  // would stop the worker from starting at all.
  processString(SAMPLE_PAGE, { timeoutMs: 0 });
}
