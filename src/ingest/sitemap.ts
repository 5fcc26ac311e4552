import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { WritableStream } from 'htmlparser2/WritableStream';
import { absoluteHttpUrl } from './feed.ts';
import { isGzip } from './gzip.ts';

/** One `<url>` of a urlset, or one `<sitemap>` of a sitemap index. */
export interface SitemapEntry {
  url: string;
  /** `<lastmod>` as written (W3C Datetime). */
  lastmod?: string;
  /** Google News `<news:publication_date>`. */
  published?: string;
  /** Google News `<news:title>`. */
  title?: string;
}

export interface SitemapResult {
  /** `urlset` lists pages; `sitemapindex` lists further sitemaps. */
  kind: 'urlset' | 'sitemapindex';
  entries: SitemapEntry[];
  /** Entries beyond `maxEntries`, counted but not kept. */
  dropped: number;
}

export interface SitemapOptions {
  /** Base for relative `<loc>` (the sitemap's own URL). */
  base: string;
  /** sitemaps.org: at most 50 000 URLs per file; more are counted in `dropped`. */
  maxEntries?: number;
}

/** Fields read inside `<url>`/`<sitemap>`, by `parent/local-name` (namespace prefixes vary: `news:`, `n:`). */
const FIELDS: Readonly<Record<string, keyof SitemapEntry>> = {
  'url/loc': 'url',
  'sitemap/loc': 'url',
  'url/lastmod': 'lastmod',
  'sitemap/lastmod': 'lastmod',
  'news/publication_date': 'published', // Google News sitemap extension
  'news/title': 'title', // Google News sitemap extension
};

/**
 * Streams a sitemap (sitemaps.org 0.9: `urlset` or `sitemapindex`, Google News extension,
 * gzip'd or not — the magic bytes decide) through htmlparser2's `WritableStream` in xmlMode
 * (STACK.md: 50 000 URLs in ~1 s, constant memory). Only the entries are kept.
 */
export async function readSitemap(
  input: AsyncIterable<Uint8Array> | Uint8Array,
  options: SitemapOptions,
): Promise<SitemapResult> {
  const collector = new SitemapCollector(options);
  const parser = new WritableStream(collector.handler(), { xmlMode: true, decodeEntities: true });
  const chunks = input instanceof Uint8Array ? [input] : input;
  const { first, all } = await peek(chunks);
  const source = Readable.from(all);
  if (first !== undefined && isGzip(first)) await pipeline(source, createGunzip(), parser);
  else await pipeline(source, parser);
  return collector.result();
}

/** The first chunk (to sniff gzip) and an iterable that still yields every chunk. */
async function peek(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<{ first: Uint8Array | undefined; all: AsyncIterable<Uint8Array> }> {
  const iterator =
    Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : toAsync(chunks[Symbol.iterator]());
  const head = await iterator.next();
  const first = head.done ? undefined : head.value;
  async function* all(): AsyncGenerator<Uint8Array> {
    if (first !== undefined) yield first;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { first, all: all() };
}

function toAsync(iterator: Iterator<Uint8Array>): AsyncIterator<Uint8Array> {
  return { next: async () => iterator.next() };
}

class SitemapCollector {
  readonly #options: SitemapOptions;
  readonly #entries: SitemapEntry[] = [];
  readonly #stack: string[] = [];
  #kind: SitemapResult['kind'] | undefined;
  #current: Partial<SitemapEntry> | undefined;
  #text = '';
  #dropped = 0;

  constructor(options: SitemapOptions) {
    this.#options = options;
  }

  handler(): {
    onopentag: (name: string) => void;
    ontext: (text: string) => void;
    onclosetag: (name: string) => void;
  } {
    return {
      onopentag: (name) => this.#open(localName(name)),
      ontext: (text) => {
        this.#text += text;
      },
      onclosetag: (name) => this.#close(localName(name)),
    };
  }

  #open(name: string): void {
    if (this.#stack.length === 0 && (name === 'urlset' || name === 'sitemapindex')) this.#kind = name;
    if (name === 'url' || name === 'sitemap') this.#current = {};
    this.#stack.push(name);
    this.#text = '';
  }

  #close(name: string): void {
    this.#stack.pop();
    const parent = this.#stack.at(-1) ?? '';
    const field = FIELDS[`${parent}/${name}`];
    if (field && this.#current) this.#current[field] = this.#text.trim();
    if ((name === 'url' || name === 'sitemap') && this.#current) this.#keep(this.#current);
    this.#text = '';
  }

  #keep(raw: Partial<SitemapEntry>): void {
    this.#current = undefined;
    const url = absoluteHttpUrl(raw.url, this.#options.base);
    if (url === undefined) return;
    if (this.#entries.length >= (this.#options.maxEntries ?? 50_000)) {
      this.#dropped++;
      return;
    }
    const entry: SitemapEntry = { url };
    if (raw.lastmod) entry.lastmod = raw.lastmod;
    if (raw.published) entry.published = raw.published;
    if (raw.title) entry.title = raw.title;
    this.#entries.push(entry);
  }

  result(): SitemapResult {
    return { kind: this.#kind ?? 'urlset', entries: this.#entries, dropped: this.#dropped };
  }
}

/** `news:publication_date` → `publication_date`: prefixes are the document's choice. */
function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return (colon === -1 ? name : name.slice(colon + 1)).toLowerCase();
}
