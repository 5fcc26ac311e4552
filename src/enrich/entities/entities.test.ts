import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities } from './index.ts';

const typed = (text: string) => findEntities(text).entities.map((e) => `${e.type} ${e.name}`);

test('findEntities() types places, nationalities and organisations from lexicons', () => {
  const got = typed(
    'Iranian officials met in Tehran with the Ukrainian Foreign Ministry and NATO on the Black Sea coast near the Middle East.',
  );
  for (const want of [
    'NORP Iranian',
    'GPE Tehran',
    'ORG Ukrainian Foreign Ministry',
    'ORG NATO',
    'LOC Black Sea',
    'LOC Middle East',
  ])
    assert.ok(got.includes(want), `${want} in ${got.join(', ')}`);
});

test('findEntities() splits titles off names and types the person', () => {
  const got = typed('Indian Defence Minister Rajnath Singh met NASA Administrator Jim Bridenstine.');
  assert.deepEqual(got, ['NORP Indian', 'PERSON Rajnath Singh', 'ORG NASA', 'PERSON Jim Bridenstine']);
});

test('findEntities() groups a surname with the full name (one sense per document)', () => {
  const { entities } = findEntities('Sean Savett spoke first. Later, Savett said more.');
  assert.equal(entities.length, 1);
  assert.equal(entities[0]?.name, 'Sean Savett');
  assert.equal(entities[0]?.mentions.length, 2);
});

test('findEntities() drops a sentence-initial everyday word', () => {
  assert.deepEqual(typed('Police in Ohio arrested two men. Staying calm, Governor Mike DeWine spoke.'), [
    'GPE Ohio',
    'PERSON Mike DeWine',
  ]);
});

test('findEntities() types facilities, events, products and given-name people', () => {
  const got = typed(
    'The Vatican Museum hosted the Davis Cup Finals while Zach Parise flew an F-16 over Fort Worth.',
  );
  for (const want of [
    'FAC Vatican Museum',
    'EVENT Davis Cup Finals',
    'PERSON Zach Parise',
    'PRODUCT F-16',
    'GPE Fort Worth',
  ])
    assert.ok(got.includes(want), `${want} in ${got.join(', ')}`);
});

test('findEntities() types an unknown name with an everyday last word as an organisation', () => {
  assert.deepEqual(typed('The deal with Big Machine closed.'), ['ORG Big Machine']);
});

test('findEntities() reads caps datelines as places and skips title-case headline lines', () => {
  assert.deepEqual(typed('NEW DELHI: talks began.\nMan Shot at Dallas Gas Station Dies at Hospital'), [
    'GPE NEW DELHI',
    'GPE Dallas',
  ]);
});
