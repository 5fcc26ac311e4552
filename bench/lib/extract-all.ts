import type { Article } from '../../src/model.ts';
import type { OptionsInit } from '../../src/options.ts';
import { processSource } from '../../src/pipeline.ts';
import type { Page } from './corpus.ts';

/** What the scorers read: score.mjs takes `articleBody`, score-meta.mjs the rest. */
export interface Prediction {
  articleBody: string;
  title?: string;
  authors?: string[];
  published?: string;
}
export type Predictions = Record<string, Prediction>;

export interface PageError {
  id: string;
  error: string;
}

export interface ExtractionRun {
  predictions: Predictions;
  /** Pages whose extraction threw; each is predicted empty (and so scores as a miss). */
  errors: PageError[];
  /** Wall-clock milliseconds spent in the pipeline alone (pages already decompressed). */
  ms: number;
}

export function toPrediction(article: Article): Prediction {
  return {
    articleBody: article.text,
    title: article.title,
    authors: article.authors,
    published: article.published,
  };
}

/** Runs one page through the whole pipeline, exactly as a user would (`processSource`). */
export function extractPage(page: Page, options: OptionsInit = {}): Article {
  const source = { input: page.url ?? page.id, url: page.url, bytes: page.bytes };
  return processSource(source, { ...options, url: page.url });
}

/**
 * Extracts every page in-process, on one core, in order. A page that throws is counted
 * and predicted empty, so one broken page never hides the score of the others.
 */
export function extractAll(pages: readonly Page[], options: OptionsInit = {}): ExtractionRun {
  const predictions: Predictions = {};
  const errors: PageError[] = [];
  const started = performance.now();
  for (const page of pages) {
    try {
      predictions[page.id] = toPrediction(extractPage(page, options));
    } catch (error) {
      errors.push({ id: page.id, error: error instanceof Error ? error.message : String(error) });
      predictions[page.id] = { articleBody: '' };
    }
  }
  return { predictions, errors, ms: performance.now() - started };
}
