/**
 * Story clusters across outlets: single-pass, incremental clustering on TF-IDF centroids
 * plus entity overlap inside a time window, then a merge step. Articles that already have
 * a story keep it (they seed the clusters); new ones join the best story or found their
 * own; near-duplicate copies always share their story.
 */
import { dot, type FeatureInput, inverseDocumentFrequency, overlap, termCounts, tfidf } from './features.ts';
import { ENTITY_SHARE, JOIN_SIMILARITY, MERGE_SIMILARITY } from './rules.ts';
import { inWindow, type Placed, type Story, storyPool } from './story-pool.ts';

export interface StoryInput extends FeatureInput {
  id: number;
  /** ISO 8601; undated articles fit any time window. */
  published?: string;
  /** The story this article already belongs to (from an earlier run). */
  storyId?: number;
}

export function scoreOf(doc: Placed, story: Story): number {
  const cosine = dot(doc.vector, story.sum) / (story.norm || 1);
  return (1 - ENTITY_SHARE) * cosine + ENTITY_SHARE * overlap(doc.entities, story.entities);
}

/**
 * Story id per article id. A new story takes the id of the article that founded it, so
 * ids are stable across runs and never collide.
 *
 * @example
 *   clusterStories(articles, groupNearDuplicates(articles)) // Map { 1 → 1, 2 → 1, 3 → 3 }
 */
export function clusterStories(
  docs: readonly StoryInput[],
  duplicates: ReadonlyMap<number, number> = new Map(),
): Map<number, number> {
  const counts = docs.map(termCounts);
  const idf = inverseDocumentFrequency(counts);
  const placed = new Map<number, Placed>();
  docs.forEach((d, i) => {
    const ms = d.published === undefined ? Number.NaN : Date.parse(d.published);
    placed.set(d.id, {
      vector: tfidf(counts[i] as Map<string, number>, idf),
      entities: new Set(d.entities.map((e) => e.toLowerCase())),
      time: Number.isNaN(ms) ? undefined : ms,
    });
  });
  const pool = storyPool();
  const seeded = docs.filter((d) => d.storyId !== undefined);
  for (const d of seeded) pool.add(d.storyId as number, d.id, placed.get(d.id) as Placed);
  const fresh = docs.filter((d) => d.storyId === undefined).sort(byTimeThenId(placed));
  for (const d of fresh) {
    const doc = placed.get(d.id) as Placed;
    const rep = duplicates.get(d.id);
    const home = rep !== undefined && rep !== d.id ? pool.storyOf(rep) : undefined;
    const target = home ?? bestStory(pool.candidates(doc), doc);
    pool.add(target ?? d.id, d.id, doc);
  }
  return pool.merged(MERGE_SIMILARITY, duplicates);
}

function bestStory(candidates: readonly Story[], doc: Placed): number | undefined {
  let best: number | undefined;
  let bestScore = JOIN_SIMILARITY;
  for (const story of candidates) {
    if (!inWindow(story, doc.time)) continue;
    const score = scoreOf(doc, story);
    if (score >= bestScore) {
      best = story.id;
      bestScore = score;
    }
  }
  return best;
}

function byTimeThenId(placed: ReadonlyMap<number, Placed>): (a: StoryInput, b: StoryInput) => number {
  const t = (d: StoryInput): number => placed.get(d.id)?.time ?? Number.POSITIVE_INFINITY;
  return (a, b) => t(a) - t(b) || a.id - b.id;
}
