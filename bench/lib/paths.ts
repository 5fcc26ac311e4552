import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (this file is bench/lib/paths.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared benchmark folder sits BESIDE the repository (`../shared/bench`), as laid
 * out on every developer machine and in CI; it is not part of the repo.
 */
export const BENCH_ROOT = resolve(REPO_ROOT, '../shared/bench');

/** Where benchmark runs write predictions and summaries (git-ignored). */
export const OUT_DIR = resolve(REPO_ROOT, '.bench');

/** The two scorers shipped with the shared corpora. */
export const SCORE_BODY = resolve(BENCH_ROOT, 'score.mjs');
export const SCORE_META = resolve(BENCH_ROOT, 'score-meta.mjs');

/** True when ../shared/bench and its body scorer are present. */
export function benchAvailable(): boolean {
  return existsSync(SCORE_BODY);
}
