import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cluster, clusterStories, groupNearDuplicates, similarityOf } from '../../src/cluster/index.ts';
import { shinglesOf } from '../../src/cluster/shingles.ts';

// Hand-written stories (no third-party text).
const FLOOD = [
  'Heavy rain flooded the lower districts of the river city on Monday, forcing hundreds of families to leave their homes.',
  'Rescue teams used boats to reach people trapped on rooftops, the regional emergency service said in a statement.',
  'The water level of the river rose by more than two metres overnight after three days of storms in the hills upstream.',
  'Schools were closed and the main bridge was shut to traffic while engineers checked its supports for damage.',
  'Forecasters expect the rain to ease by Wednesday, but warned that the river would stay high for several days.',
  'The mayor asked residents of the riverside streets to move valuables upstairs and to follow official advice.',
].join('\n');
const BUDGET = [
  'The finance minister presented a budget on Tuesday that cuts spending on roads and raises taxes on tobacco.',
  'Opposition leaders said the plan would hurt rural regions, where many roads are already in poor condition.',
  'The minister said the measures were needed to bring the deficit below three percent of output by next year.',
  'Parliament will debate the budget over the coming two weeks before a vote expected at the end of the month.',
].join('\n');

describe('near-duplicate groups', () => {
  test('groupNearDuplicates() joins a truncated copy and a copy with a trailer, not another story', () => {
    const truncated = FLOOD.split('\n').slice(0, 3).join('\n');
    const trailer = `${FLOOD}\n(With inputs from Reuters)`;
    const groups = groupNearDuplicates([
      { id: 1, text: FLOOD },
      { id: 2, text: truncated },
      { id: 3, text: trailer },
      { id: 4, text: BUDGET },
    ]);
    assert.deepEqual(
      [...groups.entries()],
      [
        [1, 1],
        [2, 1],
        [3, 1],
        [4, 4],
      ],
    );
  });

  test('similarityOf() gives containment 1 for a prefix and low Jaccard for other stories', () => {
    const full = shinglesOf(FLOOD);
    const head = shinglesOf(FLOOD.split('\n').slice(0, 2).join('\n'));
    const sim = similarityOf(full, head);
    assert.equal(sim.containment, 1);
    assert.ok(sim.jaccard < 0.5);
    assert.ok(similarityOf(full, shinglesOf(BUDGET)).jaccard < 0.05);
  });

  test('empty texts group with nothing', () => {
    const groups = groupNearDuplicates([
      { id: 5, text: '' },
      { id: 6, text: '' },
    ]);
    assert.deepEqual([...groups.values()], [5, 6]);
  });
});

describe('story clusters', () => {
  const flood = (id: number, title: string, text: string, day: string) => ({
    id,
    title,
    text,
    published: `2024-03-${day}T08:00:00Z`,
    entities: ['Rhine Valley', 'Emergency Service'],
  });
  const docs = [
    flood(1, 'River floods city districts', FLOOD, '04'),
    flood(
      2,
      'Boats rescue families as river floods',
      'Families trapped by the flooded river were rescued by boats as rain continued and the river rose.',
      '04',
    ),
    flood(
      3,
      'Flood waters expected to stay high',
      'Forecasters said the flooded river would stay high for days although the rain should ease.',
      '05',
    ),
    {
      id: 4,
      title: 'Budget cuts road spending',
      text: BUDGET,
      published: '2024-03-05T08:00:00Z',
      entities: ['Parliament'],
    },
    {
      id: 5,
      title: 'Opposition attacks budget plan',
      text: 'Opposition leaders attacked the budget and its cuts to road spending in rural regions.',
      published: '2024-03-06T08:00:00Z',
      entities: ['Parliament'],
    },
  ];

  test('clusterStories() groups differently worded articles of one story and keeps stories apart', () => {
    const stories = clusterStories(docs);
    assert.deepEqual(
      [1, 2, 3].map((id) => stories.get(id)),
      [1, 1, 1],
    );
    assert.deepEqual(
      [4, 5].map((id) => stories.get(id)),
      [4, 4],
    );
  });

  test('clusterStories() keeps the time window: the same topic months later is a new story', () => {
    const later = { ...docs[1], id: 9, published: '2024-09-20T08:00:00Z' } as (typeof docs)[number];
    const stories = clusterStories([...docs, later]);
    assert.equal(stories.get(9), 9);
  });

  test('clusterStories() is incremental: earlier stories keep their ids and new articles join them', () => {
    const first = clusterStories(docs.slice(0, 4));
    const seeded = docs.slice(0, 4).map((d) => ({ ...d, storyId: first.get(d.id) as number }));
    const next = clusterStories([...seeded, docs[4] as (typeof docs)[number]]);
    assert.equal(next.get(5), first.get(4));
    assert.equal(next.get(1), first.get(1));
  });

  test('cluster() keeps near-duplicate copies in the story of their original', () => {
    const copy = {
      id: 7,
      title: 'Totally different headline words',
      text: `${FLOOD}\n(With inputs from AFP)`,
      entities: [],
    };
    const groups = cluster([...docs, copy]);
    const seven = groups.find((g) => g.id === 7);
    assert.deepEqual(seven, { id: 7, duplicateOf: 1, storyId: 1 });
    assert.equal(groups.find((g) => g.id === 4)?.duplicateOf, undefined);
  });
});
