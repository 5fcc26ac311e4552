import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { precedenceTable } from './precedence.ts';

test('docs/metadata.md lists every field precedence exactly as precedence.ts implements it', () => {
  const doc = readFileSync(new URL('../../../docs/metadata.md', import.meta.url), 'utf8');
  const documented: Record<string, string[]> = {};
  for (const line of doc.split('\n')) {
    const match = /^\| `(\w+)` \| ((?:`[\w-]+`(?:, )?)+) \|/.exec(line);
    if (match) documented[match[1]!] = [...match[2]!.matchAll(/`([\w-]+)`/g)].map((m) => m[1]!);
  }
  assert.deepEqual(documented, precedenceTable());
});
