import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Source } from '../model.ts';
import type { CrawlOptions, CrawlStats } from './crawl/index.ts';
import { readFileSource } from './file.ts';
import type { Frontier } from './frontier.ts';
import { isUrl } from './index.ts';
import { readJsonl } from './jsonl.ts';
import { readWarc } from './warc.ts';

/** What an `ingest` argument names. */
export type SourceInputKind = 'url' | 'folder' | 'warc' | 'jsonl' | 'file';

/** A source and its resume cursor: pass the last stored cursor back as `resumeAfter`. */
export interface SourceItem {
  source: Source;
  cursor: string;
}

/** Page files read from a folder (gzip'd by content, whatever the name; see src/ingest/file.ts). */
const PAGE_FILE = /\.(html?|xhtml|txt)(\.gz)?$/i;
/** WARC files: plain or gzip multi-member (CC-NEWS). */
const WARC_FILE = /\.warc(\.gz)?$/i;
/** JSON Lines of `{url, html}`. */
const JSONL_FILE = /\.(jsonl|ndjson)(\.gz)?$/i;

/** Decides by the argument alone: a URL, a folder, or a file by its extension. */
export async function classifyInput(input: string): Promise<SourceInputKind> {
  if (isUrl(input)) return 'url';
  if (WARC_FILE.test(input)) return 'warc';
  if (JSONL_FILE.test(input)) return 'jsonl';
  const info = await stat(input).catch(() => undefined);
  return info?.isDirectory() ? 'folder' : 'file';
}

export interface LocalOptions {
  /** Largest page, in bytes. */
  maxBytes: number;
  /** The last cursor stored by an earlier run: items up to it are skipped. */
  resumeAfter?: string;
  /** Told about records and files that are not yielded. */
  onSkip?(where: string, reason: string): void;
}

/**
 * Local inputs as a stream of sources with resume cursors: a folder (page files, sorted, cursor =
 * relative path), a WARC (cursor = `offset recordId`, resumed by seeking), JSON Lines (cursor =
 * line number) or one page file (cursor = its path).
 */
export async function* localSources(
  input: string,
  kind: Exclude<SourceInputKind, 'url'>,
  options: LocalOptions,
): AsyncGenerator<SourceItem> {
  const skip = options.onSkip ?? (() => undefined);
  if (kind === 'warc') {
    const [offset, recordId] = splitWarcCursor(options.resumeAfter);
    const warc = readWarc(input, {
      ...(recordId ? { startAfter: recordId, startOffset: offset } : {}),
      maxBytes: options.maxBytes,
      onSkip: (s) => skip(`${input}#${s.offset}`, s.reason),
    });
    for await (const item of warc) yield { source: item.source, cursor: `${item.offset} ${item.recordId}` };
  } else if (kind === 'jsonl') {
    const startAfterLine = Number(options.resumeAfter ?? 0) || 0;
    const lines = readJsonl(input, {
      startAfterLine,
      maxBytes: options.maxBytes,
      onSkip: (s) => skip(`${input}:${s.line}`, s.reason),
    });
    for await (const item of lines) yield { source: item.source, cursor: String(item.line) };
  } else if (kind === 'folder') {
    for (const path of await pageFiles(input)) {
      const cursor = relative(input, path);
      if (options.resumeAfter !== undefined && cursor <= options.resumeAfter) continue;
      yield { source: await readFileSource(path, { maxBytes: options.maxBytes }), cursor };
    }
  } else if (options.resumeAfter !== input) {
    yield { source: await readFileSource(input, { maxBytes: options.maxBytes }), cursor: input };
  }
}

function splitWarcCursor(cursor: string | undefined): [number, string | undefined] {
  if (!cursor) return [0, undefined];
  const space = cursor.indexOf(' ');
  return [Number(cursor.slice(0, space)) || 0, cursor.slice(space + 1)];
}

/** Page files under a folder, recursively, in a stable order (code-point order of their paths). */
async function pageFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && PAGE_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface IngestSourcesOptions extends LocalOptions {
  /** Required for URLs: where the crawl keeps its progress. */
  frontier?: Frontier;
  /** Crawler settings for URLs (politeness, caps, depth). */
  crawl?: Omit<CrawlOptions, 'frontier' | 'onPage'>;
}

/**
 * One `dateline ingest` argument, whatever it names, into `onSource` calls. URLs go through the
 * polite crawler (pages, feeds and sitemaps are told apart by the response); local inputs stream.
 */
export async function ingestSources(
  input: string,
  options: IngestSourcesOptions,
  onSource: (item: SourceItem) => Promise<void>,
): Promise<{ kind: SourceInputKind; count: number; crawl?: CrawlStats }> {
  const kind = await classifyInput(input);
  if (kind === 'url') {
    if (!options.frontier) throw new TypeError('ingestSources(): a URL needs a frontier');
    const { crawl } = await import('./crawl/index.ts');
    const stats = await crawl([input], {
      ...options.crawl,
      frontier: options.frontier,
      onPage: (source) => onSource({ source, cursor: source.url ?? source.input }),
    });
    return { kind, count: stats.pages, crawl: stats };
  }
  let count = 0;
  for await (const item of localSources(input, kind, options)) {
    await onSource(item);
    count++;
  }
  return { kind, count };
}
