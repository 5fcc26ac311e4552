import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

test('pool workers get V8’s default young generation when the process was started with a small one', () => {
  const child = fileURLToPath(new URL('./young-generation-child.ts', import.meta.url));
  const out = execFileSync(
    process.execPath,
    ['--max-semi-space-size=1', '--import', import.meta.resolve('tsx'), child],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  const { main, worker } = JSON.parse(out) as { main: number; worker: number };
  // Two semi-spaces of at most 1 MiB on the main thread; V8's default lets a worker's grow to 16 MiB each.
  assert.ok(main <= 2, `main thread new space ${main} MiB`);
  assert.ok(worker > 4, `worker new space ${worker} MiB`);
});
