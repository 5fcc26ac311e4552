import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BENCH_ROOT } from './paths.ts';

/** The benchmark corpora in ../shared/bench, by the short name used on command lines. */
export const CORPORA = {
  /** 181 news pages, article-extraction-benchmark (MIT); body truth only. */
  scrapinghub: 'scrapinghub',
  /** 793 article pages, WCXB dev split (CC-BY-4.0); body + title/author/published truth. */
  wcxb: 'wcxb-dev-article',
} as const;

export type CorpusName = keyof typeof CORPORA;
export const CORPUS_NAMES: readonly CorpusName[] = ['scrapinghub', 'wcxb'];

/** One entry of a corpus' ground-truth.json (fields beyond articleBody only in WCXB). */
export interface TruthEntry {
  articleBody: string;
  url?: string;
  title?: string | null;
  author?: string | null;
  published?: string | null;
}
export type Truth = Record<string, TruthEntry>;

/** One page, decompressed: the bytes handed to the pipeline. */
export interface Page {
  id: string;
  url: string | undefined;
  bytes: Uint8Array;
}

export interface Corpus {
  name: CorpusName;
  dir: string;
  truthPath: string;
  truth: Truth;
  pages: Page[];
}

export function isCorpusName(value: string): value is CorpusName {
  return value in CORPORA;
}

export function corpusDir(name: CorpusName): string {
  return resolve(BENCH_ROOT, CORPORA[name]);
}

export function corpusAvailable(name: CorpusName): boolean {
  return existsSync(join(corpusDir(name), 'ground-truth.json'));
}

export function loadTruth(name: CorpusName): Truth {
  return JSON.parse(readFileSync(join(corpusDir(name), 'ground-truth.json'), 'utf8')) as Truth;
}

/**
 * Loads and gunzips the pages of a corpus (all ids of its truth, sorted, or just `ids`).
 * Decompression happens here so that benchmarks time extraction only.
 */
export function loadCorpus(name: CorpusName, ids?: readonly string[]): Corpus {
  const dir = corpusDir(name);
  const truth = loadTruth(name);
  const wanted = ids ?? Object.keys(truth).sort();
  const pages = wanted.map((id) => {
    const entry = truth[id];
    if (!entry) throw new Error(`Cannot load page "${id}": not in ${name}/ground-truth.json`);
    const bytes = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)));
    return { id, url: entry.url, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
  });
  return { name, dir, truthPath: join(dir, 'ground-truth.json'), truth, pages };
}

/**
 * sha256 over ground-truth.json and every file in html/ (name and bytes, sorted by name),
 * so floors pinned on one corpus are never compared with numbers from another.
 */
export function corpusHash(name: CorpusName): string {
  const dir = corpusDir(name);
  const hash = createHash('sha256');
  hash.update('ground-truth.json\0');
  hash.update(readFileSync(join(dir, 'ground-truth.json')));
  for (const file of readdirSync(join(dir, 'html')).sort()) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(join(dir, 'html', file)));
  }
  return hash.digest('hex');
}
