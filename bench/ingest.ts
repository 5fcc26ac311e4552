/**
 * `npm run bench:ingest` — end-to-end ingest speed and memory: the benchmark pages
 * (ScrapingHub + WCXB, ../shared/bench) written to a CC-NEWS-style WARC (one gzip member
 * per record) and repeated to `--pages` records (default 10 000; repeats get a `?copy=N`
 * URL, so they are extracted again and stored as content duplicates), then
 * `dateline ingest file.warc.gz` into a fresh SQLite file in a child process.
 * Prints pages/s, pages/s per core (target ≥ 100) and the child's peak RSS (target ≤ 300 MB).
 *
 *   npm run bench:ingest -- [--pages 10000] [--jobs N] [--cluster]
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { warcResponseRecord } from '../src/ingest/warc-write.ts';
import { binLaunch } from './lib/bin-flags.ts';
import { CORPUS_NAMES, corpusAvailable, loadCorpus } from './lib/corpus.ts';
import { OUT_DIR } from './lib/paths.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '10000' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    cluster: { type: 'boolean', default: false },
    child: { type: 'string' },
    db: { type: 'string' },
  },
});

if (values.child) await child(values.child, values.db as string, values.jobs, values.cluster);
else await parent(Number(values.pages), Number(values.jobs), values.cluster);

async function parent(pages: number, jobs: number, cluster: boolean): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const warc = join(OUT_DIR, `ingest-${pages}.warc.gz`);
  if (!existsSync(warc)) await writeWarc(warc, pages);
  const db = join(OUT_DIR, 'ingest-bench.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  // The CLI's own Node flags and variables (bin/dateline.mjs), since the child runs main() rather than the bin.
  const launch = binLaunch();
  const args = [
    ...launch.flags,
    '--import',
    'tsx',
    new URL(import.meta.url).pathname,
    '--child',
    warc,
    '--db',
    db,
    '--jobs',
    String(jobs),
  ];
  const run = spawnSync(process.execPath, cluster ? [...args, '--cluster'] : args, {
    encoding: 'utf8',
    env: { ...process.env, ...launch.env },
  });
  if (run.status !== 0) throw new Error(`ingest child failed:\n${run.stderr}`);
  const r = JSON.parse(run.stdout.trim().split('\n').pop() as string) as ChildReport;
  const rate = pages / r.seconds;
  console.log(`WARC: ${warc} (${(statSync(warc).size / 1e6).toFixed(1)} MB, ${pages} response records)`);
  console.log(`ingest: ${r.summary}`);
  console.log(
    `time ${r.seconds.toFixed(1)} s · ${rate.toFixed(1)} pages/s · ${(rate / jobs).toFixed(1)} pages/s/core (${jobs} workers; target ≥ 100)`,
  );
  console.log(
    `CPU ${r.cpuSeconds.toFixed(1)} s · ${(pages / r.cpuSeconds).toFixed(1)} pages per CPU-second (the per-core rate without other load) · load ${loadavg()[0]?.toFixed(1)}`,
  );
  console.log(
    `peak RSS ${r.maxRssMb.toFixed(0)} MB (target ≤ 300 MB for 10 000 pages) · store ${(statSync(db).size / 1e6).toFixed(1)} MB`,
  );
  if (r.clusterSeconds !== undefined) console.log(`grouping ${r.clusterSeconds.toFixed(1)} s`);
}

interface ChildReport {
  seconds: number;
  /** CPU time of the ingest (main thread + worker threads): the fair speed on a shared machine. */
  cpuSeconds: number;
  maxRssMb: number;
  summary: string;
  clusterSeconds?: number;
}

/** Runs the real CLI in this process so its peak RSS (main thread + workers) is ours. */
async function child(warc: string, db: string, jobs: string, cluster: boolean): Promise<void> {
  const { main } = await import('../src/serve/cli/main.ts');
  let out = '';
  const io = { stdout: { write: (s: string) => (out += s) }, stderr: process.stderr, isTTY: false };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const code = await main(['ingest', warc, '--db', db, '--jobs', jobs, '--no-cluster', '--no-progress'], io);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  if (code !== 0) process.exit(code);
  const report: ChildReport = {
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    maxRssMb: 0,
    summary: out.trim(),
  };
  if (cluster) {
    const t = performance.now();
    await main(['stories', '--regroup', '--db', db, '--limit', '1'], {
      stdout: { write: () => true },
      stderr: process.stderr,
    });
    report.clusterSeconds = (performance.now() - t) / 1000;
  }
  report.maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify(report));
}

async function writeWarc(path: string, pages: number): Promise<void> {
  const all = CORPUS_NAMES.filter(corpusAvailable).flatMap((name) => loadCorpus(name).pages);
  if (all.length === 0) throw new Error('no benchmark pages in ../shared/bench');
  const out = createWriteStream(path);
  for (let i = 0; i < pages; i++) {
    const page = all[i % all.length] as (typeof all)[number];
    const copy = Math.floor(i / all.length);
    const base = page.url ?? `https://bench.example/${page.id}`;
    const url = copy === 0 ? base : `${base}${base.includes('?') ? '&' : '?'}copy=${copy}`;
    const record = await warcResponseRecord({ url, html: page.bytes, date: '2024-05-01T00:00:00Z' });
    if (!out.write(record)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}
