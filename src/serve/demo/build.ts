/**
 * Builds a store from pages on disk: each file read (ingest), run through the pipeline,
 * stored, then the corpus grouped into near-duplicates and stories. `npm run demo` builds
 * the demo corpus into an in-memory store; the serving benchmark repeats pages to 10 000.
 */
import { join } from 'node:path';
import { readFileSource } from '../../ingest/file.ts';
import { DEFAULT_OPTIONS } from '../../options.ts';
import { processSource } from '../../pipeline.ts';
import type { Store } from '../../store/index.ts';
import { regroup } from '../cli/commands/group.ts';
import { DEMO_PAGES, REPO_ROOT } from './corpus.ts';

export interface BuildSummary {
  articles: number;
  stories: number;
  /** Files that did not extract, with the reason (a demo page must never fail; tests check this). */
  failures: { path: string; error: string }[];
}

/** Stores every page of `paths` (relative to `root`) and regroups; pages that fail are listed, not thrown. */
export async function buildStore(
  store: Store,
  paths: readonly string[],
  root: string = REPO_ROOT,
): Promise<BuildSummary> {
  const failures: BuildSummary['failures'] = [];
  for (const path of paths) {
    try {
      const source = await readFileSource(join(root, path), { maxBytes: DEFAULT_OPTIONS.maxBytes });
      const article = processSource({ ...source, input: path });
      await store.putArticle(article, { input: path });
    } catch (error) {
      failures.push({ path, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const stories = await regroup(store);
  return { articles: (await store.stats()).articles, stories, failures };
}

/** The demo corpus (corpus.ts) into `store`. */
export function buildDemoStore(store: Store): Promise<BuildSummary> {
  return buildStore(
    store,
    DEMO_PAGES.map((page) => page.path),
  );
}
