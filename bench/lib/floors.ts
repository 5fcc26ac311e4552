import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CorpusName } from './corpus.ts';
import type { CorpusMeasure } from './measure.ts';
import { REPO_ROOT } from './paths.ts';

export const FLOORS_PATH = resolve(REPO_ROOT, 'test/quality-floors.json');

/** Which metrics are floored per corpus (WCXB adds the metadata fields score-meta.mjs scores). */
export const FLOOR_METRICS = {
  scrapinghub: ['f1', 'precision', 'recall', 'accuracy'],
  wcxb: ['f1', 'title', 'author', 'published'],
} as const satisfies Record<CorpusName, readonly string[]>;

export type Metrics = Record<string, number>;

export interface FloorChange {
  date: string;
  corpus: CorpusName;
  old: Metrics | null;
  new: Metrics;
  reason: string;
}

/** test/quality-floors.json: floors, the corpus they were measured on, and why they moved. */
export interface FloorsFile {
  /** A note for readers of the JSON file (it cannot hold comments). */
  about: string;
  /**
   * Allowed shortfall below a floor. Covers float noise only (score.mjs sums with
   * compensation, so re-runs agree to ~1e-12); any real regression is larger.
   */
  tolerance: number;
  corpusHash: Partial<Record<CorpusName, string>>;
  /** `GATE_STRIDE` the floors were measured with (bench/lib/gate.ts). */
  stride: Partial<Record<CorpusName, number>>;
  floors: Partial<Record<CorpusName, Metrics>>;
  history: FloorChange[];
}

export const DEFAULT_TOLERANCE = 0.002;

const ABOUT =
  'Quality-gate floors (test/quality-gate.test.ts). Written only by scripts/pin-floors.ts, which raises ' +
  'floors and lowers them only with --lower --reason (recorded in history). corpusHash: sha256 of ' +
  'ground-truth.json + html/ files; stride: every Nth page gated (bench/lib/gate.ts).';

export function emptyFloors(): FloorsFile {
  return { about: ABOUT, tolerance: DEFAULT_TOLERANCE, corpusHash: {}, stride: {}, floors: {}, history: [] };
}

export function readFloors(path = FLOORS_PATH): FloorsFile {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<FloorsFile>;
  return {
    about: ABOUT,
    tolerance: data.tolerance ?? DEFAULT_TOLERANCE,
    corpusHash: data.corpusHash ?? {},
    stride: data.stride ?? {},
    floors: data.floors ?? {},
    history: data.history ?? [],
  };
}

export function writeFloors(file: FloorsFile, path = FLOORS_PATH): void {
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
}

/** The floored metrics of one corpus run, as plain numbers (metadata as shares 0..1). */
export function metricsOf(measure: CorpusMeasure): Metrics {
  const out: Metrics = {};
  for (const metric of FLOOR_METRICS[measure.corpus]) {
    if (metric === 'title' || metric === 'author' || metric === 'published') {
      if (!measure.meta) throw new Error(`Cannot floor ${metric}: ${measure.corpus} has no metadata truth`);
      out[metric] = measure.meta[metric].share;
    } else {
      out[metric] = measure.body[metric];
    }
  }
  return out;
}

export interface Shortfall {
  metric: string;
  floor: number;
  measured: number;
}

/** Metrics below `floor - tolerance`; an empty list means the gate passes. */
export function findShortfalls(measured: Metrics, floors: Metrics, tolerance: number): Shortfall[] {
  return Object.entries(floors)
    .filter(([metric, floor]) => !((measured[metric] ?? Number.NEGATIVE_INFINITY) >= floor - tolerance))
    .map(([metric, floor]) => ({ metric, floor, measured: measured[metric] ?? Number.NaN }));
}
