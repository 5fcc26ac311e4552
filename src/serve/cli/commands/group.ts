import { cluster } from '../../../cluster/index.ts';
import type { Store } from '../../../store/index.ts';

/**
 * Re-groups the whole store: near-duplicate groups and story clusters, seeded with the
 * stories already saved so ids stay stable (src/cluster is pure; the store does the I/O).
 * Returns the number of stories.
 */
export async function regroup(store: Store): Promise<number> {
  const inputs = await store.clusterInputs();
  const groups = cluster(inputs);
  await store.saveClusters(groups);
  return new Set(groups.map((g) => g.storyId)).size;
}
