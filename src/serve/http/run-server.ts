/**
 * What `dateline serve` runs (loaded only when that command runs, so `extract` never pays
 * for hono): open the store — or build the demo corpus in memory — serve it, and stop on
 * SIGINT/SIGTERM, closing jobs, sockets and the store.
 */
import { DEFAULT_DB_FILE, openStore } from '../../store/index.ts';
import type { ArticleRecord } from '../../store/record.ts';
import { createLazyPagePool, createPagePool } from '../../worker/pool.ts';
import type { CliIo } from '../cli/io.ts';
import { EXIT } from '../cli/io.ts';
import { buildDemoStore } from '../demo/build.ts';
import { createApp } from './app.ts';
import { loadServeConfig } from './config.ts';
import { createJobBoard } from './jobs.ts';
import { listen } from './listen.ts';

export interface ServeOptions {
  db?: string;
  demo: boolean;
  host: string;
  port: number;
  config?: string;
}

export async function runServer(options: ServeOptions, io: CliIo): Promise<number> {
  const config = loadServeConfig(options.config);
  const store = openStore(options.db ?? (options.demo ? ':memory:' : DEFAULT_DB_FILE));
  const jobs = createJobBoard();
  const pages = createPagePool({ threads: config.extractThreads, timeoutMs: config.extractTimeoutMs });
  // Ingest jobs' pages run off the event loop too, in the CLI ingest's worker (store rows out);
  // its threads start with the first job, since most servers never run one.
  const records = createLazyPagePool<ArticleRecord>({
    threads: config.extractThreads,
    timeoutMs: config.extractTimeoutMs,
    filename: new URL('../cli/commands/ingest-worker.ts', import.meta.url),
  });
  try {
    if (options.demo) {
      const built = await buildDemoStore(store);
      io.stderr.write(`dateline: demo store: ${built.articles} articles in ${built.stories} stories\n`);
      for (const f of built.failures) io.stderr.write(`dateline: demo page failed: ${f.path}: ${f.error}\n`);
    }
    const server = await listen(
      createApp({ store, config, jobs, pages, records }),
      options.host,
      options.port,
    );
    io.stdout.write(`Dateline reader on ${server.url}/  (API: ${server.url}/openapi.json; Ctrl-C stops)\n`);
    if (config.token === undefined)
      io.stderr.write('dateline: no token configured: POST /ingest is disabled\n');
    await untilSignal();
    await server.close();
    return EXIT.ok;
  } finally {
    await jobs.close();
    await pages.close();
    await records.close();
    await store.close();
  }
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
