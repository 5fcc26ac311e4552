import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Truth } from './corpus.ts';
import type { Predictions } from './extract-all.ts';
import { SCORE_BODY, SCORE_META } from './paths.ts';

/** Body metrics exactly as ../shared/bench/score.mjs defines them (macro P/R, F1 of those). */
export interface BodyMetrics {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

/** One page row of score.mjs `evaluate()` (precision/recall null when undefined for the page). */
export interface PageScore {
  id: string;
  url: string;
  precision: number | null;
  recall: number | null;
  f1: number;
  exact: number;
  trueTokens: number;
  predTokens: number;
}

interface ScoreModule {
  evaluate(
    truth: Truth,
    pred: Predictions,
    options: { nBootstrap: number },
  ): {
    summary: BodyMetrics;
    pages: PageScore[];
  };
}

function isScoreModule(value: unknown): value is ScoreModule {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'evaluate') === 'function';
}

/**
 * Scores bodies in-process with the scorer's own exported `evaluate()` (no bootstrap),
 * so the gate and the benchmark use the one exact metric and never a re-implementation.
 */
export async function scoreBodies(
  truth: Truth,
  predictions: Predictions,
): Promise<{ summary: BodyMetrics; pages: PageScore[] }> {
  const mod: unknown = await import(pathToFileURL(SCORE_BODY).href);
  if (!isScoreModule(mod)) throw new Error(`Cannot score: ${SCORE_BODY} does not export evaluate()`);
  const { summary, pages } = mod.evaluate(truth, predictions, { nBootstrap: 0 });
  const { f1, precision, recall, accuracy } = summary;
  return { summary: { f1, precision, recall, accuracy }, pages };
}

/** Share of pages right per metadata field, as score-meta.mjs prints it (`ok/n`). */
export interface MetaField {
  ok: number;
  n: number;
  share: number;
}
export interface MetaMetrics {
  title: MetaField;
  author: MetaField;
  published: MetaField;
}

const META_LINE = /^(title|author|published)\s+[\d.]+ %\s+\((\d+)\/(\d+)\)/gm;

/** Parses score-meta.mjs output lines like `title       52.2 %  (414/793)`. */
export function parseMetaOutput(stdout: string): MetaMetrics {
  const found: Partial<MetaMetrics> = {};
  for (const match of stdout.matchAll(META_LINE)) {
    const [, field, ok, n] = match;
    const okN = Number(ok);
    const nN = Number(n);
    found[field as keyof MetaMetrics] = { ok: okN, n: nN, share: nN > 0 ? okN / nN : 0 };
  }
  if (!found.title || !found.author || !found.published) {
    throw new Error(`Cannot read score-meta.mjs output: ${JSON.stringify(stdout.slice(0, 200))}`);
  }
  return { title: found.title, author: found.author, published: found.published };
}

/**
 * Scores title/author/published with ../shared/bench/score-meta.mjs. It exports nothing
 * (it runs on import), so it is spawned on temporary truth and predictions files; the
 * truth is written out too so that a subset of pages is scored as itself.
 */
export function scoreMetadata(
  truth: Truth,
  predictions: Predictions,
  misses = 0,
): MetaMetrics & {
  stdout: string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-meta-'));
  try {
    const predPath = join(dir, 'pred.json');
    const truthPath = join(dir, 'truth.json');
    writeFileSync(predPath, JSON.stringify(predictions));
    writeFileSync(truthPath, JSON.stringify(truth));
    const args = [SCORE_META, '--truth', truthPath, '--pred', predPath, '--misses', String(misses)];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`score-meta.mjs failed (${run.status}): ${run.stderr}`);
    return { ...parseMetaOutput(run.stdout), stdout: run.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
