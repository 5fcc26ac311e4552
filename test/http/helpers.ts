/** Shared set-up for the HTTP and browser tests: the demo corpus in an in-memory store, fake DNS and transport. */
import type { HttpRequest, HttpResponse } from '../../src/ingest/crawl/http.ts';
import { buildDemoStore } from '../../src/serve/demo/build.ts';
import type { PinnedTransport, Resolver } from '../../src/serve/net/guarded-http.ts';
import { openStore, type Store } from '../../src/store/index.ts';

export async function demoStore(): Promise<Store> {
  const store = openStore(':memory:');
  const built = await buildDemoStore(store);
  if (built.failures.length > 0) throw new Error(`demo pages failed: ${JSON.stringify(built.failures)}`);
  return store;
}

/** A fake DNS: public names resolve to documentation-free public addresses, the rest as listed. */
export const FAKE_DNS: Resolver = async (host) => {
  const table: Record<string, string[]> = {
    'news.example': ['93.184.216.34'],
    'intranet.example': ['10.1.2.3'],
    'metadata.example': ['169.254.169.254'],
  };
  const found = table[host];
  if (!found) throw new Error(`ENOTFOUND ${host}`);
  return found;
};

export interface FakePage {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** A transport answering from a table keyed by URL (404 otherwise), recording every request. */
export function fakeTransport(pages: Record<string, FakePage>): {
  transport: PinnedTransport;
  calls: string[];
} {
  const calls: string[] = [];
  const transport: PinnedTransport = async (req: HttpRequest): Promise<HttpResponse> => {
    calls.push(req.url);
    const page = pages[req.url] ?? { status: 404, body: 'not found' };
    const bytes = new TextEncoder().encode(page.body ?? '');
    return {
      status: page.status,
      headers: page.headers ?? {},
      body: (async function* () {
        yield bytes;
      })(),
    };
  };
  return { transport, calls };
}

/** A small news page for extraction tests. */
export const NEWS_PAGE = `<!DOCTYPE html><html><head><title>Port reopens after strike</title></head><body>
<article><h1>Port reopens after strike</h1><p class="byline">By Ada Test</p>
<p>GENOA, Italy — The port of Genoa reopened on Friday after a three-day strike, the port authority said.</p>
<p>“Ships are moving again,” said Paolo Verdi, the authority’s president.</p>
<p>Dock workers said talks on pay would resume next week, according to the union.</p></article></body></html>`;
