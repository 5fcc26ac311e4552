import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.ts';

/**
 * The Node flags `dateline` starts with, read from bin/dateline.mjs's `#!/usr/bin/env -S node …`
 * line, so that a benchmark which runs the CLI in a child of its own (`node <flags> …`, to
 * measure that process alone) measures what a user's `npx dateline` runs.
 */
export function binNodeFlags(): string[] {
  const first = readFileSync(join(REPO_ROOT, 'bin/dateline.mjs'), 'utf8').split('\n', 1)[0] ?? '';
  const match = /^#!\s*\/usr\/bin\/env\s+(?:-S\s+)?node((?:\s+--?\S+)*)\s*$/.exec(first);
  if (!match) throw new Error(`bin/dateline.mjs does not start with a "#!/usr/bin/env node" line: ${first}`);
  return (match[1] ?? '').trim().split(/\s+/).filter(Boolean);
}
