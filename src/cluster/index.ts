/**
 * Collection-level grouping (DESIGN.md: called from store/serve, never inside the
 * per-document chain). Pure functions over plain data: no I/O, no state kept between calls.
 */
import { groupNearDuplicates } from './near-duplicates.ts';
import { clusterStories, type StoryInput } from './stories.ts';

export { groupNearDuplicates, isNearDuplicate, similarityOf } from './near-duplicates.ts';
export { clusterStories, type StoryInput } from './stories.ts';

export interface Grouping {
  id: number;
  /** Representative (smallest id) of its near-duplicate group, when it has copies. */
  duplicateOf?: number;
  storyId: number;
}

/**
 * Near-duplicate groups, then story clusters that keep every copy with its original.
 * Articles carrying a `storyId` keep it unless a merge joins their story to another.
 *
 * @example
 *   const groups = cluster(await store.clusterInputs());
 *   await store.saveClusters(groups);
 */
export function cluster(docs: readonly StoryInput[]): Grouping[] {
  const duplicates = groupNearDuplicates(docs);
  const stories = clusterStories(docs, duplicates);
  const size = new Map<number, number>();
  for (const rep of duplicates.values()) size.set(rep, (size.get(rep) ?? 0) + 1);
  return docs.map((d) => {
    const rep = duplicates.get(d.id) as number;
    const g: Grouping = { id: d.id, storyId: stories.get(d.id) as number };
    if ((size.get(rep) ?? 0) > 1) g.duplicateOf = rep;
    return g;
  });
}
