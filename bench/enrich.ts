/**
 * `npm run bench:enrich`: quality of the enrich stage on the hand-annotated gold set
 * (test/gold/enrich/*.txt) — precision, recall and F1 per part with exact and overlap
 * matching — and its speed in words per second on one core over every benchmark truth
 * text in ../shared/bench (whole stage, entities + quotes + attributions + dates).
 * Options: `--misses` prints the gold quotes each document missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { enrich } from '../src/enrich/index.ts';
import { resolveOptions } from '../src/options.ts';
import { parseGold } from '../test/gold/enrich/gold-format.ts';
import { emptyCounts, PARTS, prf, scoreDoc } from '../test/gold/enrich/score.ts';
import { structuredFromText } from '../test/gold/enrich/structured.ts';

const GOLD_DIR = fileURLToPath(new URL('../test/gold/enrich/', import.meta.url));
const SPEED_SETS = ['scrapinghub/ground-truth.json', 'wcxb-dev-article/ground-truth.json'];
const options = resolveOptions();

function quality(showMisses: boolean): void {
  const counts = emptyCounts();
  const files = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const f of files) {
    const gold = parseGold(readFileSync(GOLD_DIR + f, 'utf8'), f);
    const pred = enrich(structuredFromText(gold.text, gold.header.published), options);
    scoreDoc(gold, pred, counts);
    if (showMisses) printMisses(f, gold.text, gold.quotes, pred.quotes);
  }
  console.log(`enrich gold: ${files.length} documents`);
  console.log('part                   | exact P  R    F1   | overlap P  R    F1');
  for (const part of PARTS) {
    const e = prf(counts[part].exact);
    const o = prf(counts[part].overlap);
    const cell = (x: { p: number; r: number; f: number }): string =>
      [x.p, x.r, x.f].map((v) => v.toFixed(2)).join(' ');
    console.log(`${part.padEnd(22)} | ${cell(e)}     | ${cell(o)}`);
  }
}

function printMisses(
  file: string,
  text: string,
  gold: { content: { start: number; end: number } }[],
  pred: { start: number; end: number }[],
): void {
  for (const g of gold) {
    if (!pred.some((p) => p.start < g.content.end && g.content.start < p.end))
      console.log(`  miss ${file}: ${text.slice(g.content.start, g.content.start + 70)}`);
  }
}

function speed(): void {
  const bench = fileURLToPath(new URL('../../shared/bench/', import.meta.url));
  const texts: string[] = [];
  for (const set of SPEED_SETS) {
    const truth = JSON.parse(readFileSync(bench + set, 'utf8')) as Record<string, { articleBody?: string }>;
    for (const t of Object.values(truth)) if (t.articleBody) texts.push(t.articleBody.replace(/\n+/g, '\n'));
  }
  const docs = texts.map((t) => structuredFromText(t));
  const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
  for (const d of docs.slice(0, 50)) enrich(d, options); // warm-up: JIT and lexicon tables
  const start = process.hrtime.bigint();
  for (const d of docs) enrich(d, options);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(
    `speed: ${docs.length} documents, ${words} words in ${seconds.toFixed(2)} s = ${Math.round(words / seconds)} words/s (one core)`,
  );
}

quality(process.argv.includes('--misses'));
speed();
