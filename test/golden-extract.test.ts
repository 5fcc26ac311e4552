import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { decode } from '../src/decode/index.ts';
import { extract } from '../src/extract/index.ts';
import type { Block, Extracted } from '../src/model.ts';
import { resolveOptions } from '../src/options.ts';

/**
 * Golden cases of the extract stage: test/golden/extract/<case>/input.html (each says
 * which benchmark page it reproduces) and expected.txt, a readable view of the body
 * blocks. expected.txt is rewritten only with UPDATE_GOLDEN=1; a missing one fails.
 */
const ROOT = join(import.meta.dirname, 'golden', 'extract');

function showBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `[h${block.level}] ${block.text}`;
    case 'list':
      return `[${block.ordered ? 'ol' : 'ul'}] ${block.items.join(' / ')}`;
    case 'table':
      return `[table${block.header ? ' with header' : ''}] ${block.rows.map((r) => r.join(' | ')).join(' / ')}`;
    case 'quote':
      return `[quote] ${block.text}${block.cite ? ` — cite: ${block.cite}` : ''}`;
    case 'figure':
      return `[figure] src=${block.src ?? '-'} caption=${block.caption ?? '-'} credit=${block.credit ?? '-'}`;
    default:
      return `[${block.type}] ${block.text}`;
  }
}

export function showExtracted(doc: Extracted): string {
  const lines = [
    `title: ${doc.title ?? '-'}`,
    `authors: ${doc.authors.join('; ') || '-'}`,
    `strategy: ${doc.strategy}`,
    '--- blocks',
    ...doc.blocks.map(showBlock),
    '--- related',
    ...doc.related.map((r) => `${r.title ?? '-'} -> ${r.url ?? '-'}`),
  ];
  return `${lines.join('\n')}\n`;
}

for (const name of readdirSync(ROOT).sort()) {
  test(`extract golden case "${name}"`, () => {
    const html = readFileSync(join(ROOT, name, 'input.html'));
    const options = resolveOptions({ url: `https://example.org/${name}` });
    const actual = showExtracted(
      extract(decode({ input: `${name}.html`, url: options.url, bytes: html }, options), options),
    );
    const expectedPath = join(ROOT, name, 'expected.txt');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedPath, actual);
    assert.ok(
      existsSync(expectedPath),
      `missing ${expectedPath}: run UPDATE_GOLDEN=1 npm test -- golden-extract and review it`,
    );
    assert.equal(actual, readFileSync(expectedPath, 'utf8'));
  });
}
