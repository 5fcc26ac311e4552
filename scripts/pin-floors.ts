/**
 * Measures the quality-gate page sets and pins their floors in test/quality-floors.json.
 *
 *   node --import tsx scripts/pin-floors.ts [--corpus scrapinghub|wcxb] [--dry-run]
 *   node --import tsx scripts/pin-floors.ts --lower --reason "why quality may drop"
 *   node --import tsx scripts/pin-floors.ts --reason "corpus re-laid"   # after a corpus change
 *
 * Floors only ever go UP (trafilatura's eval gate, DESIGN.md "Tests"): a measured value
 * below its floor refuses the pin unless `--lower --reason` is given, and every change is
 * kept in the file's `history` with its date and reason.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  CORPUS_NAMES,
  type CorpusName,
  corpusAvailable,
  corpusHash,
  isCorpusName,
} from '../bench/lib/corpus.ts';
import { emptyFloors, FLOORS_PATH, metricsOf, readFloors, writeFloors } from '../bench/lib/floors.ts';
import { GATE_OPTIONS, GATE_STRIDE, gateIds } from '../bench/lib/gate.ts';
import { measureCorpus } from '../bench/lib/measure.ts';
import { BENCH_ROOT, benchAvailable } from '../bench/lib/paths.ts';
import { pinFloors } from '../bench/lib/pin.ts';

function fail(message: string): never {
  console.error(`pin-floors: ${message}`);
  process.exit(1);
}

function chosenCorpora(value: string | undefined): CorpusName[] {
  if (value === undefined) return CORPUS_NAMES.filter(corpusAvailable);
  if (!isCorpusName(value)) fail(`unknown corpus "${value}": use ${CORPUS_NAMES.join(' or ')}`);
  if (!corpusAvailable(value)) fail(`corpus ${value} is missing under ${BENCH_ROOT}`);
  return [value];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      lower: { type: 'boolean', default: false },
      reason: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (!benchAvailable()) fail(`${BENCH_ROOT} is missing: nothing to measure`);
  let file = existsSync(FLOORS_PATH) ? readFloors() : emptyFloors();
  const date = new Date().toISOString().slice(0, 10);
  for (const corpus of chosenCorpora(values.corpus)) {
    const measure = await measureCorpus(corpus, { ids: gateIds(corpus), options: GATE_OPTIONS });
    const measured = metricsOf(measure);
    console.log(
      `${corpus}: ${measure.pages} pages, ${measure.errors.length} errors, measured ${JSON.stringify(measured)}`,
    );
    const result = pinFloors(file, {
      corpus,
      hash: corpusHash(corpus),
      stride: GATE_STRIDE[corpus],
      measured,
      lower: values.lower ?? false,
      reason: values.reason,
      date,
    });
    if (!result.ok) fail(result.error);
    console.log(`  ${result.summary}`);
    file = result.file;
  }
  if (values['dry-run']) console.log('Dry run: floors file not written.');
  else {
    writeFloors(file);
    console.log(`Wrote ${FLOORS_PATH}`);
  }
}

await main();
