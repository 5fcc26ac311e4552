import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { listCases, runCase, sortedJson, structureRecord } from './record.ts';

// Golden cases of the structure stage (issue 3 "Evidence"). Expected files are the spec:
// written only with UPDATE_GOLDEN=1 (`UPDATE_GOLDEN=1 npm test -- structure`) and
// reviewed by hand; a case without expected.json fails.
const UPDATE = process.env.UPDATE_GOLDEN === '1';

for (const c of listCases()) {
  test(`structure golden case "${c.name}" matches expected.json`, () => {
    const actual = sortedJson(structureRecord(runCase(c)));
    const expectedPath = join(c.dir, 'expected.json');
    if (UPDATE) writeFileSync(expectedPath, actual);
    assert.ok(existsSync(expectedPath), `missing ${expectedPath}: run UPDATE_GOLDEN=1 npm test -- structure and review it`);
    assert.equal(actual, readFileSync(expectedPath, 'utf8'));
  });
}

test('structure golden set has at least 41 cases including the seed page', () => {
  const names = listCases().map((c) => c.name);
  assert.ok(names.length >= 41, `only ${names.length} cases`);
  assert.ok(names.includes('seed-page'));
});
