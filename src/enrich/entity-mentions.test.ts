import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../model.ts';
import { findEntities } from './entities/index.ts';
import { withQuoteMentions } from './entity-mentions.ts';
import type { NonQuote } from './quotes/types.ts';

const TEXT = 'Carrie Fisher starred in “Star Wars,” then in “Princess Leia Returns.” Fisher said so.';
const quoted = (inner: string): NonQuote['content'] => {
  const start = TEXT.indexOf(inner);
  return { start, end: start + inner.length };
};
const names = (entities: Entity[]) => entities.map((e) => `${e.type}:${e.name}:${e.mentions.length}`);

test('titles in quotation marks become works of art, and names inside them no separate entities', () => {
  const titles: NonQuote[] = [
    { content: quoted('Star Wars,'), kind: 'title' },
    { content: quoted('Princess Leia Returns.'), kind: 'title' },
  ];
  const { entities, messages } = withQuoteMentions(TEXT, findEntities(TEXT), titles, []);
  assert.ok(names(entities).includes('WORK_OF_ART:Star Wars:1'));
  assert.ok(names(entities).includes('WORK_OF_ART:Princess Leia Returns:1'));
  assert.ok(!entities.some((e) => e.type !== 'WORK_OF_ART' && /Leia/.test(e.name)));
  assert.ok(
    entities.some((e) => e.type === 'PERSON' && e.name === 'Carrie Fisher' && e.mentions.length === 2),
  );
  assert.equal(messages.length, 2);
});

test('overlapping title spans are cut one after the other, the later cutting the earlier', () => {
  // Quoted spans never overlap (marks.ts); should a list ever, the order decides as it always did.
  const titles: NonQuote[] = [
    { content: quoted('Princess Leia'), kind: 'title' },
    { content: quoted('Leia Returns'), kind: 'title' },
  ];
  const { entities } = withQuoteMentions(TEXT, findEntities(TEXT), titles, []);
  const works = entities.filter((e) => e.type === 'WORK_OF_ART').map((e) => e.name);
  assert.deepEqual(works, ['Leia Returns']);
});
