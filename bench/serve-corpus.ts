/**
 * The serving benchmark's store: the demo pages (and the ScrapingHub benchmark pages when
 * ../shared/bench is there) extracted once, then stored again and again under new URLs and
 * numbered titles until the store holds `target` articles — each copy is a distinct row
 * with its own full-text entry (same body, so common words match thousands of rows, which
 * is the hard case for ranking). Stories are not grouped: search and article view do not
 * read them. A store that already holds `target` articles is reused.
 */
import { existsSync, rmSync } from 'node:fs';
import { readFileSource } from '../src/ingest/file.ts';
import type { Article } from '../src/model.ts';
import { DEFAULT_OPTIONS } from '../src/options.ts';
import { processSource } from '../src/pipeline.ts';
import { DEMO_PAGES, REPO_ROOT } from '../src/serve/demo/corpus.ts';
import { openStore } from '../src/store/index.ts';
import { corpusAvailable, loadCorpus } from './lib/corpus.ts';

async function basePages(): Promise<Article[]> {
  const out: Article[] = [];
  for (const page of DEMO_PAGES) {
    const source = await readFileSource(`${REPO_ROOT}/${page.path}`, { maxBytes: DEFAULT_OPTIONS.maxBytes });
    out.push(processSource({ ...source, input: page.path }));
  }
  if (corpusAvailable('scrapinghub')) {
    for (const page of loadCorpus('scrapinghub').pages) {
      const article = processSource({ input: page.id, url: page.url, bytes: page.bytes });
      if (article.text.length > 0) out.push(article);
    }
  }
  return out;
}

function copyOf(article: Article, n: number): Article {
  const url = `https://bench-${n % 50}.example/${n}/${encodeURIComponent(article.title ?? 'page')}`;
  return {
    ...article,
    input: url,
    url,
    canonicalUrl: undefined,
    title: `${article.title ?? 'Untitled'} · ${n}`,
  };
}

/** Builds (or reuses) the store in `file`; returns its article count and ids. */
export async function benchStore(
  file: string,
  target: number,
): Promise<{ articles: number; built: boolean }> {
  if (existsSync(file)) {
    const store = openStore(file);
    const { articles } = await store.stats();
    await store.close();
    if (articles >= target) return { articles, built: false };
    rmSync(file, { force: true });
  }
  const pages = await basePages();
  const store = openStore(file);
  try {
    for (let n = 0; n < target; n++) {
      const article = copyOf(pages[n % pages.length]!, n);
      await store.putArticle(article, { input: article.input, url: article.url });
    }
    return { articles: (await store.stats()).articles, built: true };
  } finally {
    await store.close();
  }
}
