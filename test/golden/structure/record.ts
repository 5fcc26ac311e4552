import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../src/model.ts';
import { processString } from '../../../src/pipeline.ts';

/** Folder of the structure golden cases (one sub-folder per case). */
export const CASES_DIR = new URL('.', import.meta.url).pathname;

export interface GoldenCase {
  name: string;
  dir: string;
  /** `input.txt` (flattened text) or `input.html` (whole pipeline, HTML path). */
  inputPath: string;
  kind: 'text' | 'html';
}

/** Every case folder, sorted by name. */
export function listCases(): GoldenCase[] {
  return readdirSync(CASES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(CASES_DIR, name);
      const html = join(dir, 'input.html');
      const kind = existsSync(html) ? 'html' : 'text';
      return { name, dir, inputPath: kind === 'html' ? html : join(dir, 'input.txt'), kind };
    });
}

/** Runs the whole pipeline on a case's input. */
export function runCase(c: GoldenCase): Article {
  const input = readFileSync(c.inputPath, 'utf8');
  return c.kind === 'html'
    ? processString(input, { url: `https://news.example.com/${c.name}` })
    : processString(input, { from: 'text' });
}

/** The structure fields compared by the golden test: dateline, credits, figures, teasers, body text. */
export function structureRecord(article: Article): Record<string, unknown> {
  return {
    credits: article.credits,
    dateline: article.dateline,
    figures: article.figures,
    teasers: article.teasers,
    text: article.text,
  };
}

/** Pretty JSON with object keys sorted at every level (DESIGN.md "sorted pretty JSON for fields"). */
export function sortedJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}
