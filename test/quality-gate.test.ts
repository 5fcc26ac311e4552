/**
 * Quality gate (DESIGN.md "Tests"): extraction quality on the shared benchmark corpora
 * must not drop below the floors pinned in test/quality-floors.json.
 *
 * - Runs the pipeline in-process over the gate's page set (bench/lib/gate.ts: ScrapingHub
 *   181 pages, WCXB 793 pages) and scores with ../shared/bench's own scorers.
 * - Fails when a metric falls below `floor - tolerance` (tolerance: float noise only),
 *   or when the corpus hash or page stride differs from the pinned one (re-pin then).
 * - Skips, saying why, when ../shared/bench is not beside the checkout.
 * Floors are moved only by `node --import tsx scripts/pin-floors.ts` (raise-only).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { type CorpusName, corpusAvailable, corpusDir, corpusHash } from '../bench/lib/corpus.ts';
import { FLOORS_PATH, findShortfalls, metricsOf, readFloors } from '../bench/lib/floors.ts';
import { GATE_OPTIONS, GATE_STRIDE, gateIds } from '../bench/lib/gate.ts';
import { measureCorpus } from '../bench/lib/measure.ts';
import { BENCH_ROOT, benchAvailable } from '../bench/lib/paths.ts';

const REPIN = 'node --import tsx scripts/pin-floors.ts --reason "…"';

function skipReason(corpus: CorpusName): string | undefined {
  if (!benchAvailable())
    return `benchmark corpora not found: ${BENCH_ROOT} (../shared/bench beside the repo) is absent`;
  if (!corpusAvailable(corpus)) return `corpus ${corpus} not found at ${corpusDir(corpus)}`;
  return undefined;
}

for (const corpus of ['scrapinghub', 'wcxb'] as const) {
  test(`quality gate: ${corpus} extraction stays at or above its pinned floors`, async (t) => {
    const reason = skipReason(corpus);
    if (reason) {
      t.skip(reason);
      return;
    }
    assert.ok(existsSync(FLOORS_PATH), `${FLOORS_PATH} is missing: pin floors with ${REPIN}`);
    const file = readFloors();
    const floors = file.floors[corpus];
    assert.ok(floors, `no floors pinned for ${corpus} in ${FLOORS_PATH}: run ${REPIN}`);
    const hash = corpusHash(corpus);
    assert.equal(
      hash,
      file.corpusHash[corpus],
      `the ${corpus} corpus changed since its floors were pinned (sha256 ${hash}); re-pin with ${REPIN}`,
    );
    assert.equal(
      GATE_STRIDE[corpus],
      file.stride[corpus],
      `GATE_STRIDE.${corpus} differs from the stride the floors were pinned with; re-pin with ${REPIN}`,
    );
    const measure = await measureCorpus(corpus, { ids: gateIds(corpus), options: GATE_OPTIONS });
    const measured = metricsOf(measure);
    t.diagnostic(
      `${corpus}: ${measure.pages} pages, ${measure.errors.length} errors, ${JSON.stringify(measured)}`,
    );
    const shortfalls = findShortfalls(measured, floors, file.tolerance);
    const report = shortfalls.map(
      (s) => `${s.metric} ${s.measured.toFixed(4)} < floor ${s.floor.toFixed(4)}`,
    );
    assert.deepEqual(report, [], `${corpus} quality dropped below its floors (tolerance ${file.tolerance})`);
  });
}
