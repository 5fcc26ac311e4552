import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode } from '../../decode/index.ts';
import type { Block } from '../../model.ts';
import { resolveOptions } from '../../options.ts';
import { extract } from '../index.ts';

const PROSE =
  '<p>The council approved the new harbour plan on Tuesday after a long debate about its cost and its effect on the fishing fleet.</p>';

function blocksOf(body: string): Block[] {
  const html = `<html><body><article>${PROSE}${body}${PROSE}</article></body></html>`;
  const options = resolveOptions();
  return extract(decode({ input: 'page.html', bytes: Buffer.from(html) }, options), options).blocks;
}

test('list items keep inline links and comments inside their words (WCXB 0355, 1821)', () => {
  const [, list] = blocksOf(
    '<ul><li><strong>Rules:</strong> <!--$--><a href="/codes">strict building codes</a><!--/$-->, including seismic ones.</li>' +
      '<li>Best Value: Sonic 7 (<a href="/m">Men’s</a>/<a href="/w">Women’s</a>)</li></ul>',
  );
  assert.deepEqual(list?.type === 'list' ? list.items : [], [
    'Rules: strict building codes, including seismic ones.',
    'Best Value: Sonic 7 (Men’s/Women’s)',
  ]);
});

test('block-level children and line breaks still separate words in items and table cells', () => {
  const [, list, table] = blocksOf(
    '<ul><li><p>First part</p><p>second part</p></li></ul>' +
      '<table><tr><th>Plan</th><th>Price</th></tr><tr><td>Basic<br>monthly</td><td>$5</td></tr></table>',
  );
  assert.deepEqual(list?.type === 'list' ? list.items : [], ['First part second part']);
  assert.equal(table?.type, 'table');
  assert.deepEqual(table?.type === 'table' ? table.rows : [], [
    ['Plan', 'Price'],
    ['Basic monthly', '$5'],
  ]);
});

test('paragraphs and list items holding only zero-width characters are dropped (WCXB 2035)', () => {
  const blocks = blocksOf(
    '<p>\u200d</p><p>\u200b \ufeff</p><ul><li>\u200d</li><li>A real item with words in it.</li></ul>',
  );
  assert.equal(blocks.length, 3);
  const list = blocks[1];
  assert.deepEqual(list?.type === 'list' ? list.items : [], ['A real item with words in it.']);
});

test('an inline element with a block utility class separates words; a class merely containing "block" does not (WCXB 2976)', () => {
  const [, paragraph, other] = blocksOf(
    '<p>Best Notion Alternatives<span class="block text-sm">Top note-taking tools</span>compared here.</p>' +
      '<p>Read the <span class="blockquote-note">full</span>story and the <span class="d-block">next</span>one.</p>',
  );
  assert.equal(
    paragraph?.type === 'paragraph' ? paragraph.text : '',
    'Best Notion Alternatives Top note-taking tools compared here.',
  );
  assert.equal(other?.type === 'paragraph' ? other.text : '', 'Read the fullstory and the next one.');
});
