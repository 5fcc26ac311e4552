/**
 * Docs that are tested and true (DESIGN.md habit 12): every repo path that README.md and
 * ARCHITECTURE.md write in backticks must exist. A backticked token counts as a path when
 * it ends in a file extension, ends in `/`, or starts with a top-level entry of the repo
 * (`src/…`, `test/…`) or `../`; globs, URLs, commands (spaces) and ids like
 * `extract/remove-hidden` are not paths. Paths resolve against the repo root, `src/`
 * (stage folders) and the doc's own folder; a bare file name matches any file of that name.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = ['README.md', 'ARCHITECTURE.md'];
const FILE_EXT = /\.(?:ts|mts|js|mjs|cjs|json|md|sh|html|txt|gz|ya?ml|xml|csv)$/;
const NOT_PATH = /\s|:\/\/|^[a-z][a-z0-9+.-]*:|[*?{}[\]<>|$=,'"]|^[-@~/]/i;

export interface PathRef {
  line: number;
  path: string;
}

function rootEntries(): Set<string> {
  return new Set(readdirSync(ROOT).filter((name) => name !== 'node_modules'));
}

/** Backticked tokens (outside fenced code blocks) that look like repo paths. */
export function pathRefs(markdown: string, entries: ReadonlySet<string>): PathRef[] {
  const out: PathRef[] = [];
  let fenced = false;
  markdown.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    if (fenced) return;
    for (const m of text.matchAll(/(?<!`)`([^`\n]+)`(?!`)/g)) {
      const token = (m[1] ?? '').trim().replace(/#.*$|:\d+(?::\d+)?$/, '');
      if (looksLikePath(token, entries)) out.push({ line: i + 1, path: token });
    }
  });
  return out;
}

export function looksLikePath(token: string, entries: ReadonlySet<string>): boolean {
  if (token.length === 0 || NOT_PATH.test(token)) return false;
  if (FILE_EXT.test(token) || token.endsWith('/')) return true;
  const first = token.split('/')[0] ?? '';
  return token.includes('/') && (first === '..' || first === '.' || entries.has(first));
}

function allFileNames(dir: string, out = new Set<string>()): Set<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    if (entry.isDirectory()) allFileNames(join(dir, entry.name), out);
    else out.add(entry.name);
  }
  return out;
}

function exists(ref: string, docDir: string, names: ReadonlySet<string>): boolean {
  if (!ref.includes('/') && names.has(basename(ref))) return true;
  return [ROOT, join(ROOT, 'src'), docDir].some((base) => existsSync(resolve(base, ref)));
}

for (const doc of DOCS) {
  test(`${doc}: every repo path written in backticks exists`, (t) => {
    const path = join(ROOT, doc);
    if (!existsSync(path)) {
      t.skip(`${doc} does not exist yet, so there is nothing to check`);
      return;
    }
    const names = allFileNames(ROOT);
    const refs = pathRefs(readFileSync(path, 'utf8'), rootEntries());
    const sharedMissing = !existsSync(resolve(ROOT, '../shared'));
    const missing = refs
      .filter((r) => !(sharedMissing && r.path.startsWith('../shared')))
      .filter((r) => !exists(r.path, dirname(path), names))
      .map((r) => `${doc}:${r.line} \`${r.path}\``);
    t.diagnostic(`${refs.length} path(s) checked`);
    assert.deepEqual(missing, [], `${doc} names paths that do not exist`);
  });
}

test('looksLikePath() takes files, folders and repo paths, not commands, globs, URLs or ids', () => {
  const entries = new Set(['src', 'test', 'bench']);
  const yes = [
    'src/model.ts',
    'ARCHITECTURE.md',
    'extract/',
    'test/golden',
    '../shared/bench/score.mjs',
    'model.ts',
  ];
  const no = [
    'npm run check',
    'decode/*',
    'https://example.com/a.md',
    'node:fs',
    'extract/remove-hidden',
    '@mozilla/readability',
    '/api/extract',
    'AFP/File',
    'text/plain',
  ];
  for (const token of yes) assert.equal(looksLikePath(token, entries), true, token);
  for (const token of no) assert.equal(looksLikePath(token, entries), false, token);
});

test('pathRefs() skips fenced code and strips #anchors and :line suffixes', () => {
  const md = 'See `src/a.ts:12` and `DESIGN.md#layout`.\n```sh\nls `src/b.ts`\n```\nAlso `npm test`.';
  assert.deepEqual(pathRefs(md, new Set(['src'])), [
    { line: 1, path: 'src/a.ts' },
    { line: 1, path: 'DESIGN.md' },
  ]);
});
