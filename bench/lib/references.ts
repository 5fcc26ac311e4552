import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CorpusName } from './corpus.ts';
import { BENCH_ROOT } from './paths.ts';

/** A published or measured result of another extractor, as ../shared/bench/README.md gives it. */
export interface Reference {
  corpus: CorpusName;
  name: string;
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  /** Metadata shares 0..1 (WCXB only). */
  title?: number;
  author?: number;
  published?: number;
}

const TABLE_ROW = /^\|\s*([^|]+?)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|\s*$/gm;
const WCXB_LINE =
  /`wcxb-dev-article`\s*\(measured,\s*([^)]+)\):\s*body F1 ([\d.]+) \(P ([\d.]+), R ([\d.]+), accuracy ([\d.]+)\);\s*title ([\d.]+) %, author ([\d.]+) %,\s*published day ([\d.]+) %/;

/**
 * Reads the reference numbers out of the README's prose and table, so the comparison
 * stays whatever the README says (no copy of the numbers lives here).
 */
export function parseReferences(readme: string): Reference[] {
  const out: Reference[] = [];
  for (const m of readme.matchAll(TABLE_ROW)) {
    const [, name = '', f1, p, r, acc] = m;
    out.push({ corpus: 'scrapinghub', name, f1: +f1!, precision: +p!, recall: +r!, accuracy: +acc! });
  }
  const w = WCXB_LINE.exec(readme.replace(/\s+/g, ' '));
  if (w) {
    const [, name = '', f1, p, r, acc, title, author, published] = w;
    out.push({
      corpus: 'wcxb',
      name,
      f1: +f1!,
      precision: +p!,
      recall: +r!,
      accuracy: +acc!,
      title: +title! / 100,
      author: +author! / 100,
      published: +published! / 100,
    });
  }
  return out;
}

export function loadReferences(): Reference[] {
  const path = resolve(BENCH_ROOT, 'README.md');
  return existsSync(path) ? parseReferences(readFileSync(path, 'utf8')) : [];
}
