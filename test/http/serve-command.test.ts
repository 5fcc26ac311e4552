/**
 * `dateline serve --demo` end to end, as `npm run demo` runs it: a real process, a real
 * socket on loopback (port 0 picks a free one), stopped with SIGTERM.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/dateline.mjs', import.meta.url));

test('dateline serve --demo builds the demo store, prints its URL, serves the reader and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [BIN, 'serve', '--demo', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const found = /Dateline reader on (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout);
        if (found) resolve(found[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code} before listening: ${stderr}`)));
    });
    assert.match(stderr, /demo store: 8 articles in \d+ stories/);
    assert.doesNotMatch(stderr, /demo page failed/);
    const home = await fetch(`${url}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /Latest of 8 articles/);
    const api = (await (await fetch(`${url}/articles?q=Pollux`)).json()) as { total: number };
    assert.equal(api.total, 1);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
