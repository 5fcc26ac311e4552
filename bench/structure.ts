/**
 * `npm run bench:structure` — quality of the structure stage (issue 3 "Evidence"):
 * 1. precision/recall of dateline, credit, caption and teaser detection over the golden
 *    cases (prediction = today's pipeline, truth = the hand-reviewed expected.json);
 * 2. the share of ScrapingHub / WCXB pages where a dateline or a credit is found, with a
 *    sample of found pages for spot checks, and the structure stage's own time per page.
 * Pages run decode → extract exactly as the pipeline does (`processSource`, enrich off,
 * which does not touch these fields), then `structure()` timed on its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Structured } from '../src/model.ts';
import { resolveOptions } from '../src/options.ts';
import { processSource } from '../src/pipeline.ts';
import { structure } from '../src/structure/index.ts';
import { listCases, runCase, structureRecord } from '../test/golden/structure/record.ts';
import { CORPUS_NAMES, corpusAvailable, loadCorpus } from './lib/corpus.ts';

type Field = 'dateline' | 'credit' | 'caption' | 'teaser';
const FIELDS: readonly Field[] = ['dateline', 'credit', 'caption', 'teaser'];
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** The items of one field as comparable keys (a multiset, kept as a sorted list). */
function items(record: Record<string, unknown>, field: Field): string[] {
  const r = record as unknown as Pick<Structured, 'dateline' | 'credits' | 'figures' | 'teasers'>;
  switch (field) {
    case 'dateline':
      return r.dateline ? [`${r.dateline.city}|${r.dateline.agency ?? ''}|${r.dateline.raw}`] : [];
    case 'credit':
      return r.credits.map((c) => `${c.kind}|${c.name}|${c.role ?? ''}|${c.archive ? 'file' : ''}`);
    case 'caption':
      return [
        ...r.figures.map((f) => `${f.caption}|${f.credit}`),
        ...r.teasers.filter((t) => t.caption).map((t) => `${t.caption}|${t.credit}`),
      ];
    case 'teaser':
      return r.teasers.map((t) => `${t.title}|${t.caption}|${t.dateline?.city}|${t.lead}|${t.truncated}`);
  }
}

function compare(predicted: string[], expected: string[], into: Counts): void {
  const left = [...expected];
  for (const item of predicted) {
    const at = left.indexOf(item);
    if (at >= 0) {
      into.tp++;
      left.splice(at, 1);
    } else into.fp++;
  }
  into.fn += left.length;
}

function goldenScores(): void {
  const totals = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Counts>;
  const cases = listCases();
  for (const c of cases) {
    const predicted = structureRecord(runCase(c));
    const expected = JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const f of FIELDS) compare(items(predicted, f), items(expected, f), totals[f]);
  }
  console.log(`\nGolden cases: ${cases.length}`);
  console.log('field     precision  recall   tp  fp  fn');
  for (const f of FIELDS) {
    const { tp, fp, fn } = totals[f];
    const p = tp + fp === 0 ? 1 : tp / (tp + fp);
    const r = tp + fn === 0 ? 1 : tp / (tp + fn);
    console.log(
      `${f.padEnd(9)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)} ${String(tp).padStart(4)} ${String(fp).padStart(3)} ${String(fn).padStart(3)}`,
    );
  }
}

function corpusShares(): void {
  const options = resolveOptions({ enrich: false, structure: false });
  const on = resolveOptions();
  for (const name of CORPUS_NAMES) {
    if (!corpusAvailable(name)) {
      console.log(`\n${name}: not available, skipped`);
      continue;
    }
    const corpus = loadCorpus(name);
    const extracted = corpus.pages.map((page) =>
      processSource({ input: page.id, url: page.url, bytes: page.bytes, contentType: 'text/html' }, options),
    );
    let withDateline = 0;
    let withCredit = 0;
    const found: string[] = [];
    const times: number[] = [];
    for (const doc of extracted) {
      // Timed apart from extraction so its garbage collection is not charged to this stage.
      const t0 = performance.now();
      const out = structure(doc, on);
      times.push(performance.now() - t0);
      if (out.dateline) withDateline++;
      if (out.credits.length > 0) withCredit++;
      if (out.dateline || out.credits.length > 0) found.push(describe(doc.input, out));
    }
    const n = corpus.pages.length;
    const pct = (k: number) => `${k}/${n} (${((100 * k) / n).toFixed(1)} %)`;
    const mean = times.reduce((a, b) => a + b, 0) / n;
    console.log(
      `\n${name}: ${n} pages; dateline ${pct(withDateline)}, credit ${pct(withCredit)}, either ${pct(found.length)}; structure() median ${median(times).toFixed(3)} ms/page, mean ${mean.toFixed(3)} ms`,
    );
    for (const line of found) console.log(`  ${line}`);
  }
}

function describe(id: string, out: Structured): string {
  const dateline = out.dateline ? `dateline=${JSON.stringify(out.dateline.raw)} ` : '';
  const credits = out.credits.map((c) => `${c.kind}:${JSON.stringify(c.name)}`).join(' ');
  return `${id.slice(0, 12)} ${dateline}${credits}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

goldenScores();
if (!process.argv.includes('--golden-only')) corpusShares();
