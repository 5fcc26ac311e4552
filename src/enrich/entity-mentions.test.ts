import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leastCpuRatio } from '../../test/support/cpu-ms.ts';
import type { Entity, Quote } from '../model.ts';
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

/** The rule as first written: a speaker span joins its entity unless it overlaps a mention it has by then. */
function bruteForceSpeakerMentions(entities: Entity[], quotes: readonly Quote[]): Entity[] {
  const out = entities.map((e) => ({ ...e, mentions: [...e.mentions] }));
  for (const q of quotes) {
    const span = q.speaker.span;
    const target = q.speaker.entity === undefined ? undefined : out[q.speaker.entity];
    if (!span || !target || target.mentions.some((m) => m.start < span.end && span.start < m.end)) continue;
    target.mentions.push({ ...span });
  }
  for (const e of out) e.mentions.sort((a, b) => a.start - b.start);
  return out.filter((e) => e.mentions.length > 0);
}

function randomSpeakerCase(seed: number): { text: string; entities: Entity[]; quotes: Quote[] } {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const text = 'x'.repeat(400);
  const span = () => {
    const start = next(390);
    return { start, end: start + 1 + next(8) };
  };
  const entities: Entity[] = Array.from({ length: 3 }, (_, i) => ({
    name: `E${i}`,
    type: 'PERSON',
    mentions: Array.from({ length: next(6) }, span).sort((a, b) => a.start - b.start),
  }));
  const quotes: Quote[] = Array.from({ length: 40 }, () => {
    const s = span();
    return {
      content: 'x',
      cue: 'said',
      direct: true,
      start: s.start,
      end: s.end,
      speaker: {
        text: 'he',
        span: next(5) === 0 ? undefined : span(),
        entity: next(4) === 3 ? undefined : next(3),
      },
    };
  });
  return { text, entities, quotes };
}

test('speaker spans join their entity exactly as testing each against every mention would', () => {
  for (let seed = 1; seed <= 500; seed++) {
    const { text, entities, quotes } = randomSpeakerCase(seed);
    const expected = bruteForceSpeakerMentions(entities, quotes);
    const found = withQuoteMentions(text, { entities, mentions: [] }, [], quotes);
    assert.deepEqual(found.entities, expected, `seed ${seed}`);
  }
});

test('4× the quotes of one speaker (20 000 → 80 000) cost less than 8× the CPU to join (it was 12–16×)', () => {
  const make = (n: number) => {
    const entities: Entity[] = [{ name: 'Smith', type: 'PERSON', mentions: [{ start: 0, end: 5 }] }];
    const quotes: Quote[] = Array.from({ length: n }, (_, i) => ({
      content: 'Yes',
      cue: 'said',
      direct: true,
      start: 10 + i * 20,
      end: 13 + i * 20,
      speaker: { text: 'he', span: { start: 20 + i * 20, end: 22 + i * 20 }, entity: 0 },
    }));
    return () => withQuoteMentions('', { entities, mentions: [] }, [], quotes);
  };
  const [small, large] = [make(20_000), make(80_000)];
  small(); // compiled before timing
  large();
  const r = leastCpuRatio(small, large);
  assert.ok(r < 8, `4× the quotes cost ${r.toFixed(1)}× the CPU`);
});
