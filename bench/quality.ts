/**
 * `npm run bench:quality` — body F1/P/R/accuracy on the shared corpora (and title/author/
 * published on WCXB), scored by ../shared/bench/score.mjs and score-meta.mjs, printed as
 * one table beside the reference numbers of ../shared/bench/README.md.
 *
 *   npm run bench:quality -- [--corpus scrapinghub|wcxb] [--per-page] [--json FILE]
 *
 * Extraction runs in-process on one core with the pipeline's default options; a page that
 * throws is counted and predicted empty. Predictions and scorer output go to .bench/.
 * A second row per corpus scores the body as `dateline extract --no-structure` gives it: the
 * text as printed, dateline and credit trailers included, which is what the truth of both
 * corpora annotates (the default `text` moves the dateline into its own field).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { OptionsInit } from '../src/options.ts';
import { CORPUS_NAMES, type CorpusName, corpusAvailable, isCorpusName, loadCorpus } from './lib/corpus.ts';
import { extractAll, type Predictions } from './lib/extract-all.ts';
import { BENCH_ROOT, benchAvailable, OUT_DIR, SCORE_BODY } from './lib/paths.ts';
import { loadReferences } from './lib/references.ts';
import { type BodyMetrics, type MetaMetrics, scoreMetadata } from './lib/scorer.ts';
import { fmt3, fmtPct, formatTable } from './lib/table.ts';

/** The pipeline configurations scored, by the label printed for them. */
const VARIANTS = {
  dateline: {},
  'dateline --no-structure': { structure: false, enrich: false },
} as const satisfies Record<string, OptionsInit>;
type Variant = keyof typeof VARIANTS;

interface QualityRow {
  corpus: CorpusName;
  variant: Variant;
  pages: number;
  errors: number;
  seconds: number;
  body: BodyMetrics & { f1_std?: number };
  meta?: MetaMetrics;
  worst?: string;
}

/** Runs score.mjs as its README shows, reading its --json summary (and its worst-pages list). */
function scoreWithCli(
  corpus: CorpusName,
  truthPath: string,
  predictions: Predictions,
  perPage: boolean,
  suffix: string,
) {
  const bodies = Object.fromEntries(
    Object.entries(predictions).map(([id, p]) => [id, { articleBody: p.articleBody }]),
  );
  const predPath = join(OUT_DIR, `quality-${corpus}${suffix}.pred.json`);
  const jsonPath = join(OUT_DIR, `quality-${corpus}${suffix}.score.json`);
  writeFileSync(predPath, JSON.stringify(bodies));
  const args = [
    SCORE_BODY,
    '--truth',
    truthPath,
    '--pred',
    predPath,
    '--name',
    'dateline',
    '--json',
    jsonPath,
  ];
  const run = spawnSync(process.execPath, [...args, ...(perPage ? ['--per-page'] : [])], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`score.mjs failed on ${corpus} (${run.status}): ${run.stderr}`);
  const out = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
    runs: { summary: BodyMetrics & { f1_std: number } }[];
  };
  const summary = out.runs[0]?.summary;
  if (!summary) throw new Error(`score.mjs wrote no summary to ${jsonPath}`);
  const worstAt = run.stdout.indexOf('\nWorst ');
  return { body: summary, worst: worstAt >= 0 ? run.stdout.slice(worstAt + 1).trimEnd() : undefined };
}

function runCorpus(corpus: CorpusName, perPage: boolean, variant: Variant): QualityRow {
  const loaded = loadCorpus(corpus);
  const run = extractAll(loaded.pages, VARIANTS[variant]);
  for (const e of run.errors) console.error(`  ${corpus} ${e.id}: ${e.error}`);
  const main = variant === 'dateline';
  const suffix = main ? '' : '-no-structure';
  const { body, worst } = scoreWithCli(corpus, loaded.truthPath, run.predictions, perPage, suffix);
  const hasMeta = main && Object.values(loaded.truth).some((t) => 'title' in t);
  const meta = hasMeta ? scoreMetadata(loaded.truth, run.predictions, perPage ? 10 : 0) : undefined;
  if (meta) writeFileSync(join(OUT_DIR, `quality-${corpus}.meta.txt`), meta.stdout);
  if (meta && perPage)
    console.log(`\nMetadata misses on ${corpus} (score-meta.mjs):\n${meta.stdout.trimEnd()}`);
  return {
    corpus,
    variant,
    pages: loaded.pages.length,
    errors: run.errors.length,
    seconds: run.ms / 1000,
    body,
    meta,
    worst: main ? worst : undefined,
  };
}

function printTable(rows: readonly QualityRow[]): void {
  const header = [
    'corpus',
    'extractor',
    'F1',
    '±sd',
    'P',
    'R',
    'acc',
    'title',
    'author',
    'date',
    'pages',
    'errors',
    's',
  ];
  const refs = loadReferences();
  const lines: string[][] = [];
  for (const r of rows) {
    const m = r.meta;
    lines.push([
      r.variant === 'dateline' ? r.corpus : '',
      r.variant,
      fmt3(r.body.f1),
      fmt3(r.body.f1_std),
      fmt3(r.body.precision),
      fmt3(r.body.recall),
      fmt3(r.body.accuracy),
      fmtPct(m?.title.share),
      fmtPct(m?.author.share),
      fmtPct(m?.published.share),
      String(r.pages),
      String(r.errors),
      r.seconds.toFixed(1),
    ]);
    if (r.variant !== 'dateline --no-structure') continue;
    for (const ref of refs.filter((x) => x.corpus === r.corpus)) {
      lines.push([
        '',
        `  ref: ${ref.name}`,
        fmt3(ref.f1),
        '',
        fmt3(ref.precision),
        fmt3(ref.recall),
        fmt3(ref.accuracy),
        fmtPct(ref.title),
        fmtPct(ref.author),
        fmtPct(ref.published),
        '',
        '',
        '',
      ]);
    }
  }
  console.log(formatTable(header, lines));
  console.log(
    '\nF1/P/R/acc: ../shared/bench/score.mjs (± = bootstrap sd); title/author/date: score-meta.mjs;',
  );
  console.log(
    's = pipeline seconds on one core (pages pre-decompressed). References: ../shared/bench/README.md.',
  );
}

function main(): void {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, 'per-page': { type: 'boolean' }, json: { type: 'string' } },
  });
  if (!benchAvailable()) {
    console.error(
      `Cannot run bench:quality: ${BENCH_ROOT} is missing (it sits beside the repo as ../shared/bench).`,
    );
    process.exit(1);
  }
  const wanted = values.corpus ?? 'all';
  if (wanted !== 'all' && !isCorpusName(wanted)) {
    console.error(`Unknown corpus "${wanted}": use ${CORPUS_NAMES.join(' or ')}`);
    process.exit(2);
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const corpora = wanted === 'all' ? CORPUS_NAMES.filter(corpusAvailable) : [wanted];
  const rows = corpora.flatMap((c) =>
    (Object.keys(VARIANTS) as Variant[]).map((v) => runCorpus(c, values['per-page'] ?? false, v)),
  );
  for (const r of rows) if (r.worst) console.log(`\n[${r.corpus}] ${r.worst}`);
  console.log('');
  printTable(rows);
  if (values.json) {
    const summary = rows.map(({ worst: _w, ...rest }) => rest);
    writeFileSync(
      values.json,
      `${JSON.stringify({ date: new Date().toISOString(), corpora: summary }, null, 2)}\n`,
    );
    console.log(`\nSummary written to ${values.json}`);
  }
}

main();
