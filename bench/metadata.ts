/**
 * Metadata benchmark: title / author / published on WCXB's development article pages,
 * scored by ../shared/bench/score-meta.mjs. Run with `npm run bench:meta`.
 * Prints the scorer's figures (with 10 misses per field) and the metadata cost per page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractMetadata } from '../src/extract/metadata/index.ts';
import { parseHtml } from '../src/extract/parse-html.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchRoot = path.resolve(repoRoot, '../shared/bench');
const corpus = path.join(benchRoot, 'wcxb-dev-article');
const truthPath = path.join(corpus, 'ground-truth.json');

interface Truth {
  url?: string | null;
}

interface Prediction {
  title?: string;
  authors: string[];
  published?: string;
  /** Not scored; kept to study misses. */
  modified?: string;
  sources: Partial<Record<string, string>>;
}

const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, Truth>;
const predictions: Record<string, Prediction> = {};
// CPU time, not wall time: the machine is shared, and CPU time is what "pages/s on one core" means.
let metadataMs = 0;
let repeatMs = 0;
let parseMs = 0;
const cpuMs = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const files = readdirSync(path.join(corpus, 'html')).filter((f) => f.endsWith('.html.gz'));
for (const file of files) {
  const id = file.slice(0, -'.html.gz'.length);
  const html = gunzipSync(readFileSync(path.join(corpus, 'html', file))).toString('utf8');
  const parseStart = process.cpuUsage();
  const { document } = parseHtml(html);
  parseMs += cpuMs(parseStart);
  const started = process.cpuUsage();
  const { metadata, sources } = extractMetadata(document, truth[id]?.url ?? undefined);
  metadataMs += cpuMs(started);
  // A second call on the same tree: steady-state cost, without first-call JIT warm-up.
  const again = process.cpuUsage();
  extractMetadata(document, truth[id]?.url ?? undefined);
  repeatMs += cpuMs(again);
  predictions[id] = {
    title: metadata.title,
    authors: metadata.authors,
    published: metadata.published,
    modified: metadata.modified,
    sources,
  };
}

const predPath = path.join(mkdtempSync(path.join(tmpdir(), 'bench-meta-')), 'predictions.json');
writeFileSync(predPath, JSON.stringify(predictions, null, 1));
const scorer = path.join(benchRoot, 'score-meta.mjs');
const misses = process.argv.includes('--all-misses') ? '1000' : '10';
const report = execFileSync(
  process.execPath,
  [scorer, '--truth', truthPath, '--pred', predPath, '--misses', misses],
  {
    encoding: 'utf8',
  },
);
process.stdout.write(report);
const ms = (total: number): string => (total / files.length).toFixed(3);
console.log(
  `pages ${files.length}, CPU ms/page: parse ${ms(parseMs)}, metadata ${ms(metadataMs)} ` +
    `(${((100 * metadataMs) / parseMs).toFixed(0)} % of parse), repeated call ${ms(repeatMs)} ` +
    `(${((100 * repeatMs) / parseMs).toFixed(0)} % of parse)`,
);
console.log(`predictions: ${predPath}`);
