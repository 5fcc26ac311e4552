/**
 * The demo corpus shipped in the repo (examples/): every page is either written for
 * Dateline or is the project's seed page (examples/README.md says which). Paths are
 * relative to the repository root; each entry says what it shows in the reader.
 */
import { fileURLToPath } from 'node:url';

export interface DemoPage {
  path: string;
  shows: string;
}

export const DEMO_PAGES: readonly DemoPage[] = [
  {
    path: 'examples/seed-page.txt',
    shows: 'flattened text with a dateline, glued teasers and attributed claims',
  },
  {
    path: 'examples/demo/kyiv-missiles-ledger.html',
    shows: 'a second outlet on the seed story: a story cluster',
  },
  {
    path: 'examples/demo/valencia-water-wire.html',
    shows: 'wire report: dateline with agency, quotes, photo credit, related list',
  },
  {
    path: 'examples/demo/valencia-water-copy.html',
    shows: 'syndicated copy of the wire report: a near-duplicate with trailer credits',
  },
  {
    path: 'examples/demo/valencia-farmers.html',
    shows: 'independent report on the same story, anonymous sourcing',
  },
  { path: 'examples/demo/lunar-lander.html', shows: 'two figures with captions and credits, pull quotes' },
  { path: 'examples/sculptor.html', shows: 'figure with an agency photo credit, list and blockquote' },
  { path: 'examples/split-body.html', shows: 'a body split around a figure, related link removed' },
];

/** The repository root (this file is src/serve/demo/corpus.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
