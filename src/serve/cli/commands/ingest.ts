/**
 * `dateline ingest <inputs…> [--db FILE]`: files, folders, WARC and JSON Lines files, and
 * URLs (pages, feeds, sitemaps — the crawler decides by the response) into the store, extraction on all
 * cores, then grouping. Resumable: inputs the store recorded are skipped, the crawl
 * frontier lives in the store.
 */
import { readFileSource } from '../../../ingest/file.ts';
import { isUrl } from '../../../ingest/index.ts';
import { classifyInput, localSources } from '../../../ingest/sources.ts';
import type { InputKind } from '../../../model.ts';
import type { Store } from '../../../store/index.ts';
import { expandInputs } from '../inputs.ts';
import { type CliIo, EXIT } from '../io.ts';
import { createProgress, type Progress } from '../progress.ts';
import { regroup } from './group.ts';
import { createIngestRunner, drain, type IngestCounts, type IngestRunner } from './ingest-runner.ts';
import { withStore } from './open.ts';

/**
 * An ingest appends rows and reads back only index pages near the ones it writes, so it keeps
 * a 4 MiB page cache instead of better-sqlite3's 16 MB. bench:ingest, 2 000 pages, 2 workers,
 * alternated runs: peak RSS 408, 414 → 395, 387 MB at the same CPU (31.8 → 29.5, 31.2 s).
 * Readers keep the default: with this cache bench:serve's search fell from 161 to 128 req/s.
 */
const INGEST_STORE = { cacheKiB: 4000 };

export interface IngestCliOptions {
  db: string;
  jobs: number;
  timeout: number;
  maxBytes: number;
  from?: InputKind;
  maxPages: number;
  depth: number;
  delay: number;
  cluster: boolean;
  progress: boolean;
}

/** Failures listed by name after the run; the rest are counted. */
const SUMMARY_LIMIT = 10;

export async function ingestCommand(given: string[], options: IngestCliOptions, io: CliIo): Promise<number> {
  if (given.length === 0) {
    io.stderr.write('dateline: no inputs (give files, folders or URLs; see ingest --help)\n');
    return EXIT.usage;
  }
  return withStore(options.db, (store) => ingestInto(store, given, options, io), INGEST_STORE);
}

async function ingestInto(
  store: Store,
  given: string[],
  options: IngestCliOptions,
  io: CliIo,
): Promise<number> {
  const progress = createProgress(io.stderr, { verb: 'ingesting' }, options.progress && io.isTTY === true);
  const plan = {
    jobs: options.jobs,
    timeoutMs: options.timeout,
    maxBytes: options.maxBytes,
    from: options.from,
  };
  const runner = await createIngestRunner(store, plan, progress);
  try {
    const kinds = await Promise.all(given.map(classifyInput));
    const streams = given.filter((_, i) => kinds[i] === 'warc' || kinds[i] === 'jsonl');
    const files = given.filter((g) => !isUrl(g) && !streams.includes(g));
    await ingestFiles(files, options, runner, progress);
    for (const input of streams) await ingestStream(input, options, runner);
    await ingestUrls(given.filter(isUrl), options, store, runner);
  } finally {
    progress.stop();
    await runner.close();
  }
  const stories = options.cluster ? await regroup(store) : undefined;
  io.stdout.write(`${summaryLine(runner.counts(), options.db, stories)}\n`);
  reportFailures(runner.failures(), io);
  return EXIT.ok;
}

async function ingestFiles(
  given: string[],
  options: IngestCliOptions,
  runner: IngestRunner,
  progress: Progress,
): Promise<void> {
  if (given.length === 0) return;
  const { inputs } = await expandInputs(given);
  progress.setTotal(inputs.length);
  const paths = (async function* () {
    yield* inputs;
  })();
  await drain(paths, options.timeout > 0 ? options.jobs * 2 : 2, async (path) => {
    if (await runner.seen(path)) return;
    let source: Awaited<ReturnType<typeof readFileSource>>;
    try {
      source = await readFileSource(path, { maxBytes: options.maxBytes, from: options.from });
    } catch (error) {
      return runner.fail(path, error instanceof Error ? error.message : String(error));
    }
    await runner.put(source);
  });
}

/**
 * A WARC or JSON Lines file, streamed (src/ingest/sources.ts). Each record's input
 * (`file#offset`, `file:line`) is recorded in the store, so a resumed run extracts none twice.
 */
async function ingestStream(input: string, options: IngestCliOptions, runner: IngestRunner): Promise<void> {
  const kind = input.match(/\.warc(\.gz)?$/i) ? 'warc' : 'jsonl';
  const items = localSources(input, kind, { maxBytes: options.maxBytes });
  await drain(items, options.timeout > 0 ? options.jobs * 2 : 2, async ({ source }) => {
    if (!(await runner.seen(source.input))) await runner.put(source);
  });
}

/** URLs go through the polite crawler with the store's frontier, so a stopped crawl resumes. */
async function ingestUrls(
  urls: string[],
  options: IngestCliOptions,
  store: Store,
  runner: IngestRunner,
): Promise<void> {
  if (urls.length === 0) return;
  const { crawl } = await import('../../../ingest/crawl/index.ts');
  const failed: Array<{ url: string; error: string }> = [];
  await crawl(urls, {
    frontier: store.frontier,
    maxPages: options.maxPages,
    maxDepth: options.depth,
    delayMs: options.delay,
    maxBytes: options.maxBytes,
    // Committed before the crawler marks the URL done, so a stopped crawl resumes without a gap.
    onPage: async (source) => {
      if (!(await runner.seen(source.input))) await runner.put(source, true);
    },
    onEvent: (event) => {
      if (event.type === 'failed') failed.push({ url: event.url, error: event.error });
    },
  });
  for (const f of failed) await runner.fail(f.url, f.error);
}

function summaryLine(c: IngestCounts, db: string, stories: number | undefined): string {
  const parts = [
    `${c.inserted} new`,
    `${c.updated} updated`,
    `${c.duplicate} duplicate`,
    `${c.unchanged} unchanged`,
    `${c.failed} failed`,
    `${c.skipped} skipped (already stored)`,
  ];
  const grouped = stories === undefined ? '' : `; ${stories} stories`;
  return `ingest into ${db}: ${parts.join(', ')}${grouped}`;
}

function reportFailures(failures: Array<{ input: string; error: string }>, io: CliIo): void {
  if (failures.length === 0) return;
  const lines = failures.slice(0, SUMMARY_LIMIT).map((f) => `  ${f.input}: ${f.error}`);
  if (failures.length > SUMMARY_LIMIT) lines.push(`  … and ${failures.length - SUMMARY_LIMIT} more`);
  io.stderr.write(`dateline: ${failures.length} inputs failed:\n${lines.join('\n')}\n`);
}
