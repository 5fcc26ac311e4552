import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { runCli } from './helpers.ts';

const DOC = new URL('../../docs/cli.md', import.meta.url);

test('every option in docs/cli.md is an option of extract, and every extract option is documented', async () => {
  const doc = await readFile(DOC, 'utf8');
  const documented = new Set([...doc.matchAll(/^\| `(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]));
  const help = (await runCli(['extract', '--help'])).stdout;
  const offered = new Set([...help.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]));
  offered.delete('--help');
  assert.ok(documented.size >= 10, `found only ${[...documented].join(' ')}`);
  assert.deepEqual([...documented].sort(), [...offered].sort());
});

test('the formats listed in docs/cli.md are the ones --format accepts', async () => {
  const doc = await readFile(DOC, 'utf8');
  const row = /^\| `-f, --format <format>` \|.*\| (.*) \|$/m.exec(doc)?.[1] ?? '';
  const listed = [...row.matchAll(/`(\w+)`/g)].map((m) => m[1]);
  const help = (await runCli(['extract', '--help'])).stdout.replace(/\s+/g, ' ');
  assert.equal(listed.length, 7);
  const choices = /choices: ([^)]*)\)/.exec(help)?.[1] ?? '';
  assert.deepEqual(listed.sort(), [...choices.matchAll(/"(\w+)"/g)].map((m) => m[1]).sort());
});
