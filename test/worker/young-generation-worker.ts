import { getHeapSpaceStatistics } from 'node:v8';

/**
 * Test worker: keeps ~40 MB of small objects alive while allocating them, which makes V8
 * grow the young generation as far as it may, then reports the new space's size in MiB.
 */
export default function grow(): { ok: true; output: { newSpaceMiB: number; kept: number } } {
  const kept: Array<{ n: number; s: string }> = [];
  for (let i = 0; i < 800_000; i++) kept.push({ n: i, s: `x${i}` });
  const newSpace = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return { ok: true, output: { newSpaceMiB: (newSpace?.space_size ?? 0) / 1048576, kept: kept.length } };
}
