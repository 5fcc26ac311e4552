import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { structuredFromText } from '../../test/gold/enrich/structured.ts';
import { resolveOptions } from '../options.ts';
import { enrich } from './index.ts';

// The seed page's main story (shared/examples/seed-page.txt, the five KYIV paragraphs), dateline removed.
const SEED = readFileSync(new URL('../../test/gold/enrich/fixtures/seed-kyiv.txt', import.meta.url), 'utf8');
const options = resolveOptions();

test('enrich() finds the five quotes of the seed story with their speakers', () => {
  const doc = enrich(structuredFromText(SEED), options);
  assert.deepEqual(
    doc.quotes.map((q) => [q.direct, q.speaker.text, q.speaker.name]),
    [
      [false, 'Ukraine’s foreign ministry', 'Ukraine’s foreign ministry'],
      [false, 'the ministry', 'Ukraine’s foreign ministry'],
      [true, 'White House National Security Council spokesperson Sean Savett', 'Sean Savett'],
      [false, 'Iran’s mission to the United Nations in New York', 'Iran’s mission to the United Nations'],
      [true, 'it', 'Iran’s mission to the United Nations'],
    ],
  );
  const savett = doc.quotes[2];
  assert.equal(savett?.speaker.role, 'spokesperson');
  assert.equal(savett?.speaker.affiliation, 'White House National Security Council');
  assert.match(savett?.content ?? '', /^Any transfer of Iranian ballistic missiles/);
  assert.equal(
    doc.quotes[0]?.content,
    'it was deeply concerned by reports about a possible impending transfer of Iranian ballistic missiles to Russia',
  );
});

test('enrich() keeps every span equal to its value in the text', () => {
  const doc = enrich(structuredFromText(SEED), options);
  for (const q of doc.quotes) {
    assert.equal(SEED.slice(q.start, q.end), q.content);
    if (q.cueSpan) assert.equal(SEED.slice(q.cueSpan.start, q.cueSpan.end), q.cue);
    if (q.speaker.span) assert.equal(SEED.slice(q.speaker.span.start, q.speaker.span.end), q.speaker.text);
  }
  for (const a of doc.attributions)
    if (a.claimSpan) assert.equal(SEED.slice(a.claimSpan.start, a.claimSpan.end), a.claim);
  for (const d of doc.dates) assert.equal(SEED.slice(d.start, d.end), d.text);
  for (const e of doc.entities) for (const m of e.mentions) assert.ok(SEED.slice(m.start, m.end).length > 0);
});

test('enrich() reports the two media attributions, the first with its anonymity qualifier', () => {
  const doc = enrich(structuredFromText(SEED), options);
  assert.deepEqual(
    doc.attributions.map((a) => [a.sources, a.cue, a.anonymous, a.qualifiers]),
    [
      [['CNN', 'The Wall Street Journal'], 'reported', true, ['citing unidentified sources']],
      [['Reuters'], 'reported', false, []],
    ],
  );
  assert.equal(doc.attributions[0]?.claim, 'Iran had transferred short-range ballistic missiles to Russia');
});

test('enrich() keeps the seed dates unresolved, each with its rule, when no anchor is known', () => {
  const doc = enrich(structuredFromText(SEED), options);
  assert.deepEqual(
    doc.dates.map((d) => [d.text, d.resolved, d.rule]),
    [
      ['on Sunday', null, 'weekday-past-from-verb'],
      ['on Friday', null, 'weekday-past-from-verb'],
      ['in August', null, 'month-past-from-verb'],
      ['On Friday', null, 'weekday-past-from-verb'],
      ['on Friday', null, 'weekday-past-from-verb'],
    ],
  );
  assert.ok(doc.messages.some((m) => m.rule === 'enrich/date-no-anchor'));
});

test('enrich() explains why each speaker was chosen, one message per quote', () => {
  const doc = enrich(structuredFromText(SEED), options);
  const why = doc.messages.filter(
    (m) => m.stage === 'enrich' && doc.quotes.some((q) => q.start === m.span?.start),
  );
  assert.equal(why.length, doc.quotes.length);
  assert.match(why[1]?.reason ?? '', /nominal "the ministry" resolved to .*Ukraine’s foreign ministry/);
  assert.match(why[4]?.reason ?? '', /pronoun "it" resolved to .*Iran’s mission to the United Nations/);
  assert.ok(why.every((m) => /^enrich\/[a-z-]+$/.test(m.rule)));
});

test('enrich() groups entity mentions and types them', () => {
  const doc = enrich(structuredFromText(SEED), options);
  const byName = new Map(doc.entities.map((e) => [e.name, e]));
  assert.equal(byName.get('Sean Savett')?.type, 'PERSON');
  assert.equal(byName.get('Ukraine')?.type, 'GPE');
  assert.equal(byName.get('Iranian')?.type, 'NORP');
  assert.equal(byName.get('CNN')?.type, 'ORG');
  assert.equal(byName.get('Middle East')?.type, 'LOC');
  assert.equal(byName.get('Fath-360')?.type, 'PRODUCT');
  assert.ok((byName.get('Russia')?.mentions.length ?? 0) >= 5);
});

test('enrich() does not mutate its input', () => {
  const input = structuredFromText(SEED);
  const copy = structuredClone(input);
  enrich(input, options);
  assert.deepEqual(input, copy);
});

test('enrich() with options.enrich false reads nothing and returns empty lists', () => {
  const doc = enrich(structuredFromText(SEED), resolveOptions({ enrich: false }));
  assert.deepEqual([doc.quotes, doc.attributions, doc.entities, doc.dates], [[], [], [], []]);
  assert.equal(doc.text, SEED);
});
