import type { OptionsInit } from '../../src/options.ts';
import { type CorpusName, loadCorpus, type Truth } from './corpus.ts';
import { extractAll, type PageError, type Predictions } from './extract-all.ts';
import { type BodyMetrics, type MetaMetrics, type PageScore, scoreBodies, scoreMetadata } from './scorer.ts';

/** Everything one corpus run yields: used by bench:quality, the quality gate and pin-floors. */
export interface CorpusMeasure {
  corpus: CorpusName;
  pages: number;
  errors: PageError[];
  /** Pipeline time only, milliseconds. */
  ms: number;
  body: BodyMetrics;
  pageScores: PageScore[];
  /** Only for corpora whose truth has title/author/published (WCXB). */
  meta?: MetaMetrics;
  predictions: Predictions;
  truthPath: string;
}

export interface MeasureOptions {
  /** Restrict to these page ids (default: the whole corpus). */
  ids?: readonly string[];
  /** Pipeline options (default: the pipeline's own defaults, as a user gets them). */
  options?: OptionsInit;
}

/** Loads, extracts (in-process, one core) and scores one corpus with the shared scorers. */
export async function measureCorpus(corpus: CorpusName, opts: MeasureOptions = {}): Promise<CorpusMeasure> {
  const loaded = loadCorpus(corpus, opts.ids);
  const run = extractAll(loaded.pages, opts.options);
  const ids = new Set(loaded.pages.map((p) => p.id));
  // Score only the pages run, so a documented subset is scored as itself.
  const truth: Truth = Object.fromEntries(Object.entries(loaded.truth).filter(([id]) => ids.has(id)));
  const scored = await scoreBodies(truth, run.predictions);
  const hasMeta = Object.values(truth).some((entry) => 'title' in entry);
  return {
    corpus,
    pages: loaded.pages.length,
    errors: run.errors,
    ms: run.ms,
    body: scored.summary,
    pageScores: scored.pages,
    meta: hasMeta ? pickMeta(scoreMetadata(truth, run.predictions)) : undefined,
    predictions: run.predictions,
    truthPath: loaded.truthPath,
  };
}

function pickMeta({ title, author, published }: MetaMetrics): MetaMetrics {
  return { title, author, published };
}
