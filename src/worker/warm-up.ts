import { detectLanguage } from '../extract/metadata/language.ts';

/**
 * Loads what the pipeline would otherwise load lazily inside the first page that needs it
 * (eld's language data, ~0.3–0.7 s), so that cost falls in the worker's start-up — which the
 * pool does not time — and never makes a small page hit `--timeout`. Found when a 3 KB page
 * without a declared language timed out at 2000 ms on a loaded machine.
 */
export function warmUpWorker(): void {
  detectLanguage('The harbour reopened to ships on Friday after a week of storms closed it to all traffic.');
}
