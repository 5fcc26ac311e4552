/**
 * `npm run bench:cluster` — grouping quality:
 * 1. near-duplicate groups on the syndication set (bench/cluster-set.ts, seeded) built from
 *    the benchmark truth texts, each text first run through the pipeline as flattened text
 *    so the structure stage strips datelines, captions and trailers as it would in ingest;
 * 2. story clusters on the hand-grouped set (bench/data/stories.ts).
 * Prints pairwise precision / recall / F1 (target ≥ 0.95 for near-duplicates).
 *
 *   npm run bench:cluster -- [--seed 7] [--families 120] [--singles 300]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { clusterStories, groupNearDuplicates } from '../src/cluster/index.ts';
import { processString } from '../src/pipeline.ts';
import { buildSyndicationSet, pairwise } from './cluster-set.ts';
import { HAND_STORIES } from './data/stories.ts';
import { CORPUS_NAMES, corpusAvailable, loadTruth } from './lib/corpus.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '7' },
    families: { type: 'string', default: '120' },
    singles: { type: 'string', default: '300' },
  },
});

const fmt = (r: ReturnType<typeof pairwise>): string =>
  `P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}  (gold pairs ${r.goldPairs}, predicted ${r.predictedPairs}, correct ${r.tp})`;

function nearDuplicates(): void {
  const bodies = CORPUS_NAMES.filter(corpusAvailable).flatMap((name) =>
    Object.values(loadTruth(name)).map((t) => t.articleBody),
  );
  const set = buildSyndicationSet(bodies, {
    seed: Number(values.seed),
    families: Number(values.families),
    singles: Number(values.singles),
  });
  const t0 = performance.now();
  const docs = set.map((d) => ({ id: d.id, text: processString(d.text, { from: 'text' }).text }));
  const t1 = performance.now();
  const predicted = groupNearDuplicates(docs);
  const t2 = performance.now();
  const gold = new Map(set.map((d) => [d.id, d.family]));
  const copies = set.length - new Set(set.map((d) => d.family)).size;
  console.log(
    `near-duplicates: ${set.length} texts (${Number(values.families)} stories with ${copies} wire copies, ${Number(values.singles)} unrelated), seed ${values.seed}`,
  );
  console.log(`  ${fmt(pairwise(gold, predicted))}`);
  const raw = groupNearDuplicates(set.map((d) => ({ id: d.id, text: d.text })));
  console.log(`  without the structure stage: ${fmt(pairwise(gold, raw))}`);
  console.log(`  pipeline ${((t1 - t0) / 1000).toFixed(1)} s, grouping ${(t2 - t1).toFixed(0)} ms`);
}

function stories(): void {
  const docs = HAND_STORIES.map((h, i) => {
    const article = processString(`${h.title}\n\n${h.body}`, { from: 'text' });
    return {
      id: i + 1,
      title: h.title,
      text: h.body,
      published: h.published,
      entities: article.entities.map((e) => e.name),
    };
  });
  const gold = new Map(HAND_STORIES.map((h, i) => [i + 1, h.story] as const));
  const goldIds = new Map([...gold].map(([id, story]) => [id, [...new Set(gold.values())].indexOf(story)]));
  const duplicates = groupNearDuplicates(docs);
  const predicted = clusterStories(docs, duplicates);
  // Rewrites of one event by different outlets are the same story but not copies.
  const copies = [...duplicates].filter(([id, rep]) => id !== rep).length;
  const groups = new Set(predicted.values()).size;
  console.log(
    `stories (hand-grouped set): ${docs.length} articles, ${new Set(gold.values()).size} gold stories, ${groups} predicted`,
  );
  console.log(`  ${fmt(pairwise(goldIds, predicted))}`);
  console.log(`  articles taken for near-duplicates of another (rewrites, so 0 expected): ${copies}`);
}

nearDuplicates();
stories();
