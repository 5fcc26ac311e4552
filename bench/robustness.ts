/**
 * `npm run bench:robust` — broken pages and long texts, for the bounds of issue 2 ("bad input
 * gets a clear error, never a crash or a hang"): every mutation of bench/lib/mutations.ts on
 * benchmark pages through the whole pipeline and the store record, in-process and without the
 * CLI's time limit, so that a throw or a slow path shows instead of a recorded timeout; then
 * long synthetic texts at one size and four times it, whose CPU ratio shows a step that grows
 * with the square of the input (about 4 is linear, 16 quadratic), and the larger once more as
 * a new copy of the same text, which must not be slower than the first run.
 *
 *   npm run bench:robust -- [--pages 100] [--seed 1] [--repeat 1] [--slow 500] [--budget 2000]
 *
 * --pages takes that many pages from each corpus, spread over it; --repeat doubles, triples…
 * each page before mutating it. Last, the long texts at about 10 MB with the page budget on
 * (`--budget`, default the pipeline's 2000 ms). Exits 1 when a page throws, a ratio passes 8
 * (on texts over 100 ms), a copy runs past twice its first run, or a page runs past 1.5× its budget.
 */
import { parseArgs } from 'node:util';
import { LimitError } from '../src/errors.ts';
import { resolveOptions } from '../src/options.ts';
import { processSource } from '../src/pipeline.ts';
import { articleRecord } from '../src/store/record.ts';
import { CORPUS_NAMES, corpusAvailable, loadCorpus } from './lib/corpus.ts';
import { MUTATIONS, seededRandom } from './lib/mutations.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    repeat: { type: 'string', default: '1' },
    slow: { type: 'string', default: '500' },
    budget: { type: 'string', default: '2000' },
  },
});
// No page budget (`timeoutMs: 0`): a slow path must show as slow, not as a budget-spent page.
const options = resolveOptions({ timeoutMs: 0 });
const encoder = new TextEncoder();

/** CPU milliseconds of one page through the pipeline, or the error it threw. */
function run(html: string, input: string): { ms: number; error?: string } {
  const start = process.cpuUsage();
  let error: string | undefined;
  try {
    articleRecord(processSource({ input, bytes: encoder.encode(html), contentType: 'text/html' }, options));
  } catch (thrown) {
    error =
      thrown instanceof Error
        ? (thrown.stack ?? thrown.message).split('\n').slice(0, 3).join(' | ')
        : String(thrown);
  }
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, error };
}

const perCorpus = Number(values.pages);
const seed = Number(values.seed);
const repeat = Number(values.repeat);
const slowMs = Number(values.slow);
const names = Object.keys(MUTATIONS);
let cases = 0;
const failures: string[] = [];
const slowest: { ms: number; what: string }[] = [];
for (const corpus of CORPUS_NAMES.filter(corpusAvailable)) {
  const pages = loadCorpus(corpus).pages;
  const stride = Math.max(1, Math.floor(pages.length / perCorpus));
  for (let i = 0; i < pages.length && i / stride < perCorpus; i += stride) {
    const page = pages[i] as (typeof pages)[number];
    const html = new TextDecoder().decode(page.bytes).repeat(repeat);
    for (const [m, name] of names.entries()) {
      const mutated = (MUTATIONS[name] as (typeof MUTATIONS)[string])(
        html,
        seededRandom(seed * 7919 + i * 131 + m),
      );
      const { ms, error } = run(mutated, page.id);
      cases += 1;
      const what = `${corpus} ${page.id.slice(0, 16)} ${name} (seed ${seed}, repeat ${repeat})`;
      if (error) failures.push(`THROW ${what}: ${error}`);
      if (ms > slowMs) slowest.push({ ms, what });
    }
  }
}
console.log(
  `${cases} mutated pages (${names.length} mutations), ${failures.length} threw, ${slowest.length} over ${slowMs} ms of CPU`,
);
for (const line of failures) console.log(`  ${line}`);
for (const { ms, what } of slowest.sort((a, b) => b.ms - a.ms).slice(0, 10))
  console.log(`  SLOW ${ms.toFixed(0)} ms ${what}`);

const SENTENCE = 'The minister said on Tuesday that the talks would resume, according to officials. ';
/** Long texts, each at `n` units; units that once made a step quadratic (this bench found them). */
const LONG_TEXTS: Readonly<Record<string, (n: number) => string>> = {
  paragraphs: (n) => `<article><h1>T</h1>${`<p>${SENTENCE}</p>`.repeat(n)}</article>`,
  'short quotes': (n) => `<article><p>${'"Yes," said Smith. "No," said Jones. '.repeat(n)}</p></article>`,
  'unsplit cues': (n) => `<article><p>${'we will” he said. '.repeat(n)}</p></article>`,
  'marks on one line': (n) => `<p>${'&amp;&#x26;&nbsp;&quot;'.repeat(n * 4)}</p>`,
  dates: (n) => `<article><p>${'On March 3, 2024 and 4 April 2023, last Monday, '.repeat(n)}</p></article>`,
  'titles in marks': (n) =>
    `<article><p>${'Fisher starred in “Star Wars Again,” and left. '.repeat(n)}</p></article>`,
  'unclosed title': (n) =>
    `<title>News | Site</titl><ul>${'<li><a href="/a">Section | Topic</a></li>'.repeat(n)}</ul>`,
};
let steep = 0;
console.log(
  '\nlong texts: CPU at 2 000 units → 8 000 units (ratio; about 4 is linear), then the 8 000 again as a new copy',
);
run(LONG_TEXTS.paragraphs?.(100) ?? '', 'warm-up');
for (const [name, make] of Object.entries(LONG_TEXTS)) {
  const small = run(make(2000), name).ms;
  const large = run(make(8000), name).ms;
  // The same text again, as another string: caches keyed by the last text once compared it
  // character by character on every question (a 0.9 MB page: 0.6 s, then 11 s).
  const again = run(make(8000), name).ms;
  const ratio = large / Math.max(small, 1);
  // A few milliseconds are mostly a collection's pause: below 100 ms a ratio says nothing.
  const tooSteep = ratio > 8 && large > 100;
  // Flagged past twice the first run and 200 ms more: a collection alone can double a short run.
  const slowerAgain = again > 2 * large && again - large > 200;
  if (tooSteep || slowerAgain) steep += 1;
  console.log(
    `  ${name.padEnd(18)} ${small.toFixed(0).padStart(6)} ms → ${large.toFixed(0).padStart(6)} ms  ×${ratio.toFixed(1)}  again ${again.toFixed(0).padStart(6)} ms${tooSteep ? '  ← grows faster than the text' : ''}${slowerAgain ? '  ← slower the second time' : ''}`,
  );
}

/**
 * The same long texts at about 10 MB each, now with the page budget on (options.timeoutMs,
 * src/util/page-budget.ts): each must come back — whole, with stages skipped, or as a
 * timeout LimitError — within 1.5× the budget, when a worker pool would end it
 * (src/worker/pool.ts hardLimitMs). Wall time, because the budget is wall time.
 */
const budgetMs = Number(values.budget);
let overBudget = 0;
console.log(`\nlong texts of about 10 MB within a ${budgetMs} ms budget (a pool ends a page at 1.5×)`);
for (const [name, make] of Object.entries(LONG_TEXTS)) {
  const html = make(Math.floor(10e6 / make(1).length));
  const bytes = encoder.encode(html);
  const started = performance.now();
  let outcome: string;
  try {
    const article = processSource({ input: name, bytes, contentType: 'text/html' }, { timeoutMs: budgetMs });
    const skipped = article.messages.filter((m) => m.rule.endsWith('/budget-spent')).map((m) => m.stage);
    outcome = skipped.length > 0 ? `body kept, ${skipped.join(' and ')} skipped` : 'complete';
  } catch (thrown) {
    const timedOut = thrown instanceof LimitError && thrown.code === 'timeout';
    outcome = timedOut ? 'timed out (LimitError)' : `THREW ${String(thrown)}`;
    if (!timedOut) failures.push(`THROW within budget ${name}: ${String(thrown)}`);
  }
  const ms = performance.now() - started;
  const over = ms > budgetMs * 1.5;
  if (over) overBudget += 1;
  console.log(
    `  ${name.padEnd(18)} ${(bytes.length / 1e6).toFixed(1).padStart(5)} MB ${ms.toFixed(0).padStart(6)} ms  ${outcome}${over ? '  ← past 1.5× the budget' : ''}`,
  );
}
if (failures.length > 0 || steep > 0 || overBudget > 0) process.exit(1);
