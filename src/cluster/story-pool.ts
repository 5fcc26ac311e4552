/**
 * The working set of stories during one clustering call: centroid sums, entity counts,
 * time spans, and an inverted index from terms to stories for candidate lookup. Local
 * to `clusterStories()` — created per call, never shared.
 */

import type { Vector } from './features.ts';
import { dot, overlap } from './features.ts';
import { ENTITY_SHARE, WINDOW_DAYS } from './rules.ts';
import { createUnionFind } from './union-find.ts';

export interface Story {
  id: number;
  members: number[];
  sum: Map<string, number>;
  norm: number;
  entities: Map<string, number>;
  first: number | undefined;
  last: number | undefined;
}

/** One article as clustering sees it. */
export interface Placed {
  vector: Vector;
  entities: Set<string>;
  time: number | undefined;
}

const WINDOW_MS = WINDOW_DAYS * 86_400_000;

/** Whether `time` lies within the window around a story's span. */
export function inWindow(story: Pick<Story, 'first' | 'last'>, time: number | undefined): boolean {
  if (time === undefined || story.first === undefined || story.last === undefined) return true;
  return time >= story.first - WINDOW_MS && time <= story.last + WINDOW_MS;
}

/** Terms of a document used to look up candidate stories: its heaviest few. */
const LOOKUP_TERMS = 10;

export interface StoryPool {
  add(storyId: number, articleId: number, doc: Placed): void;
  storyOf(articleId: number): number | undefined;
  candidates(doc: Placed): Story[];
  /** Merges similar, time-overlapping stories and stories split across one duplicate group. */
  merged(threshold: number, duplicates: ReadonlyMap<number, number>): Map<number, number>;
}

export function storyPool(): StoryPool {
  const stories = new Map<number, Story>();
  const byArticle = new Map<number, number>();
  const index = new Map<string, Set<number>>();
  return {
    add(storyId, articleId, doc) {
      const story = stories.get(storyId) ?? newStory(storyId);
      stories.set(storyId, story);
      addTo(story, articleId, doc);
      byArticle.set(articleId, storyId);
      for (const term of topTerms(doc.vector)) {
        const set = index.get(term) ?? new Set<number>();
        set.add(storyId);
        index.set(term, set);
      }
    },
    storyOf: (articleId) => byArticle.get(articleId),
    candidates(doc) {
      const ids = new Set<number>();
      for (const term of topTerms(doc.vector)) for (const id of index.get(term) ?? []) ids.add(id);
      return [...ids].map((id) => stories.get(id) as Story);
    },
    merged(threshold, duplicates) {
      const list = [...stories.values()].sort((a, b) => a.id - b.id);
      const position = new Map(list.map((s, i) => [s.id, i]));
      const sets = createUnionFind(list.length);
      list.forEach((story, i) => {
        for (const other of candidateStories(story, index, stories)) {
          const j = position.get(other.id) as number;
          if (j <= i || sets.rootOf(i) === sets.rootOf(j)) continue;
          if (inWindow(story, other.first) || inWindow(story, other.last)) {
            if (storySimilarity(story, other) >= threshold) sets.union(i, j);
          }
        }
      });
      for (const [articleId, rep] of duplicates) {
        const a = byArticle.get(articleId);
        const b = byArticle.get(rep);
        if (a !== undefined && b !== undefined)
          sets.union(position.get(a) as number, position.get(b) as number);
      }
      const out = new Map<number, number>();
      for (const [articleId, storyId] of byArticle) {
        out.set(articleId, (list[sets.rootOf(position.get(storyId) as number)] as Story).id);
      }
      return out;
    },
  };
}

function topTerms(vector: ReadonlyMap<string, number>): string[] {
  return [...vector.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, LOOKUP_TERMS)
    .map(([t]) => t);
}

function newStory(id: number): Story {
  return { id, members: [], sum: new Map(), norm: 0, entities: new Map(), first: undefined, last: undefined };
}

function addTo(story: Story, articleId: number, doc: Placed): void {
  story.members.push(articleId);
  for (const [term, w] of doc.vector) story.sum.set(term, (story.sum.get(term) ?? 0) + w);
  let norm = 0;
  for (const w of story.sum.values()) norm += w * w;
  story.norm = Math.sqrt(norm);
  for (const e of doc.entities) story.entities.set(e, (story.entities.get(e) ?? 0) + 1);
  if (doc.time !== undefined) {
    story.first = story.first === undefined ? doc.time : Math.min(story.first, doc.time);
    story.last = story.last === undefined ? doc.time : Math.max(story.last, doc.time);
  }
}

function candidateStories(
  story: Story,
  index: ReadonlyMap<string, Set<number>>,
  stories: ReadonlyMap<number, Story>,
): Story[] {
  const ids = new Set<number>();
  // The centroid's heaviest terms only: every term would make merging quadratic on a large store.
  for (const term of topTerms(story.sum)) {
    for (const id of index.get(term) ?? []) if (id !== story.id) ids.add(id);
  }
  return [...ids].map((id) => stories.get(id) as Story);
}

function storySimilarity(a: Story, b: Story): number {
  const cosine = dot(a.sum, b.sum) / ((a.norm || 1) * (b.norm || 1));
  return (1 - ENTITY_SHARE) * cosine + ENTITY_SHARE * overlap(a.entities, b.entities);
}
