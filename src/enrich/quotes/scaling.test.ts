import assert from 'node:assert/strict';
import { test } from 'node:test';
import { structuredFromText } from '../../../test/gold/enrich/structured.ts';
import { leastCpuRatio } from '../../../test/support/cpu-ms.ts';
import { resolveOptions } from '../../options.ts';
import { enrich } from '../index.ts';

/**
 * Speaker resolution must grow with the text, not with its square: four times the text may cost
 * about four times the CPU, and a quadratic step would cost sixteen. Both sizes are measured in
 * the same run (CPU time, not wall time, the least of runs taken in turn), so only their ratio is
 * asserted, never a duration.
 * Before span-search.ts this ratio was 18–26; it is now about 3.5.
 */
const MAX_RATIO = 8;

function ratio(make: (n: number) => string): number {
  const options = resolveOptions();
  const once = (n: number) => enrich(structuredFromText(make(n)), options);
  once(50); // compiled before timing
  return leastCpuRatio(
    () => once(500),
    () => once(2000),
  );
}

test('speaker resolution scales with the number of quotes (4 000 short quotes)', () => {
  const r = ratio((n) => '"Yes," said Smith. "No," said Jones. '.repeat(n));
  assert.ok(r < MAX_RATIO, `4× the quotes cost ${r.toFixed(1)}× the CPU`);
});
