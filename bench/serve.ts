/**
 * `npm run bench:serve` — requests/s and p99 latency of the HTTP server over a store of
 * 10 000 articles: full-text search (`GET /articles?q=`), the article record
 * (`GET /articles/:id`) and the reader's article page (`GET /read/:id`). The server runs
 * in a child process (`dateline serve --db`), the load generator here, both on loopback.
 * Each scenario is bounded in requests and time.
 *
 *   npm run bench:serve -- [--articles 10000] [--requests 3000] [--concurrency 8] [--seconds 20]
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { binLaunch } from './lib/bin-flags.ts';
import { OUT_DIR, REPO_ROOT } from './lib/paths.ts';
import { formatTable } from './lib/table.ts';
import { benchStore } from './serve-corpus.ts';
import { type LoadResult, runLoad } from './serve-load.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '3000' },
    concurrency: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '20' },
  },
});
const ARTICLES = Number(values.articles);
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const MAX_MS = Number(values.seconds) * 1000;

/** Topical search words of the demo and benchmark pages: from ~50 to ~2 000 of the 10 000 articles match. */
const QUERIES = [
  'water',
  'Valencia',
  'missiles',
  'lander',
  'council',
  'police',
  'market',
  'president',
  'drought',
];
/** The worst case: a word in most articles, so every match is ranked (measured apart, fewer requests). */
const WORST_QUERY = 'said';

function startServer(db: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  // As the bin's `#!` line starts it (its variables and Node flags), not as `node bin/dateline.mjs`.
  const launch = binLaunch();
  const child = spawn(
    process.execPath,
    [...launch.flags, join(REPO_ROOT, 'bin/dateline.mjs'), 'serve', '--db', db, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...launch.env },
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /on (http:\/\/[^/\s]+)\//.exec(out);
      if (found)
        resolve({
          origin: found[1]!,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

function row(name: string, r: LoadResult): string[] {
  return [
    name,
    String(r.requests),
    String(r.errors),
    r.perSecond.toFixed(0),
    r.p50Ms.toFixed(1),
    r.p99Ms.toFixed(1),
    r.maxMs.toFixed(1),
  ];
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const db = join(OUT_DIR, `serve-${ARTICLES}.db`);
  const t0 = performance.now();
  const store = await benchStore(db, ARTICLES);
  console.log(
    `store: ${store.articles} articles in ${db} (${store.built ? `built in ${((performance.now() - t0) / 1000).toFixed(1)} s` : 'reused'})`,
  );
  const server = await startServer(db);
  const load = (path: (i: number) => string) =>
    runLoad({ origin: server.origin, path, requests: REQUESTS, concurrency: CONCURRENCY, maxMs: MAX_MS });
  const id = (i: number) => 1 + ((i * 7919) % store.articles);
  try {
    await load((i) => `/articles?q=${QUERIES[i % QUERIES.length]}`); // warm-up: page cache, JIT
    const results: [string, LoadResult][] = [
      ['GET /articles?q= (search)', await load((i) => `/articles?q=${QUERIES[i % QUERIES.length]}&limit=20`)],
      [
        `GET /articles?q=${WORST_QUERY} (worst case)`,
        await runLoad({
          origin: server.origin,
          path: () => `/articles?q=${WORST_QUERY}`,
          requests: Math.ceil(REQUESTS / 10),
          concurrency: CONCURRENCY,
          maxMs: MAX_MS,
        }),
      ],
      ['GET / ?q= (reader search page)', await load((i) => `/?q=${QUERIES[i % QUERIES.length]}`)],
      ['GET /articles/:id (record)', await load((i) => `/articles/${id(i)}`)],
      ['GET /read/:id (reader page)', await load((i) => `/read/${id(i)}`)],
    ];
    console.log(
      formatTable(
        ['scenario', 'requests', 'errors', 'req/s', 'p50 ms', 'p99 ms', 'max ms'],
        results.map(([name, r]) => row(name, r)),
      ),
    );
    console.log(
      `concurrency ${CONCURRENCY}, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (2 cores shared)`,
    );
  } finally {
    await server.stop();
  }
}

await main();
