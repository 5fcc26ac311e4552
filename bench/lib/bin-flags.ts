import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.ts';

/** How `dateline` starts Node: the variables and Node flags of its `#!` line. */
export interface BinLaunch {
  env: Record<string, string>;
  flags: string[];
}

/**
 * The environment variables and Node flags `dateline` starts with, read from bin/dateline.mjs's
 * `#!/usr/bin/env -S [NAME=value …] node [--flag …]` line, so that a benchmark which runs the
 * CLI in a child of its own (`node <flags> …`, to measure that process alone) measures what a
 * user's `npx dateline` runs.
 */
export function binLaunch(): BinLaunch {
  const first = readFileSync(join(REPO_ROOT, 'bin/dateline.mjs'), 'utf8').split('\n', 1)[0] ?? '';
  const match = /^#!\s*\/usr\/bin\/env\s+(?:-S\s+)?((?:[^\s=]+=\S*\s+)*)node((?:\s+--?\S+)*)\s*$/.exec(first);
  if (!match) throw new Error(`bin/dateline.mjs does not start with a "#!/usr/bin/env node" line: ${first}`);
  const env: Record<string, string> = {};
  for (const assignment of (match[1] ?? '').trim().split(/\s+/).filter(Boolean)) {
    const at = assignment.indexOf('=');
    env[assignment.slice(0, at)] = assignment.slice(at + 1);
  }
  return { env, flags: (match[2] ?? '').trim().split(/\s+/).filter(Boolean) };
}
