/**
 * A small news site on 127.0.0.1 for the crawler tests (hermetic: loopback only). Every page and
 * feed here was written for these tests. Each request is logged with its arrival time and headers
 * so tests can assert what was fetched, what was not, and the spacing between requests.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface LoggedRequest {
  path: string;
  at: number;
  headers: IncomingMessage['headers'];
}

export interface FixtureSite {
  origin: string;
  log: LoggedRequest[];
  /** How many times a path was requested. */
  hits(path: string): number;
  close(): Promise<void>;
}

export interface SiteOptions {
  /** `Crawl-delay` in robots.txt, seconds. */
  crawlDelay: number;
}

type Handler = (req: IncomingMessage, res: ServerResponse, site: { origin: string; hits: number }) => void;

export function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers = {}): void {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
}

const html = (res: ServerResponse, body: string): void => send(res, 200, 'text/html; charset=utf-8', body);
const redirect = (res: ServerResponse, status: number, to: string): void =>
  send(res, status, 'text/plain', '', { location: to });

function routes(options: SiteOptions): Record<string, Handler> {
  return {
    '/robots.txt': (_req, res, site) =>
      send(
        res,
        200,
        'text/plain',
        `User-agent: *\nDisallow: /private/\nCrawl-delay: ${options.crawlDelay}\nSitemap: ${site.origin}/sitemap-index.xml\n`,
      ),
    '/feeds/rss.xml': (_req, res, site) => send(res, 200, 'application/rss+xml', rssFeed(site.origin)),
    '/feeds/atom.xml': (_req, res, site) => send(res, 200, 'application/atom+xml', atomFeed(site.origin)),
    '/sitemap-index.xml': (_req, res, site) => send(res, 200, 'application/xml', sitemapIndex(site.origin)),
    '/sitemaps/news.xml.gz': (_req, res, site) =>
      send(res, 200, 'application/x-gzip', gzipSync(newsSitemap(site.origin))),
    '/sitemaps/pages.xml': (_req, res, site) => send(res, 200, 'text/xml', pagesSitemap(site.origin)),
    '/news/a': (_req, res) =>
      html(
        res,
        page(
          'Harbour reopens',
          '<p>PORTVILLE — The harbour reopened on Monday.</p><a href="/news/b">Next</a> <a href="/private/x">Staff</a> <a href="http://elsewhere.invalid/story">Elsewhere</a> <a href="/news/c" rel="nofollow">Sponsored</a> <a href="/logo.png">Logo</a>',
        ),
      ),
    '/news/b': (_req, res) => html(res, page('Council votes', '<p>The council voted 7-2.</p>')),
    '/news/c': (_req, res) => html(res, page('Storm warning', '<p>A storm is expected.</p>')),
    '/news/d': (_req, res) => html(res, page('Rail strike ends', '<p>Trains run again.</p>')),
    '/news/e': (_req, res) => html(res, page('Library opens', '<p>The new library opened.</p>')),
    '/news/final': (_req, res) => html(res, page('Moved story', '<p>This story moved twice.</p>')),
    '/redirect/one': (_req, res) => redirect(res, 301, '/redirect/two'),
    '/redirect/two': (_req, res, site) => redirect(res, 302, `${site.origin}/news/final`),
    '/redirect/private': (_req, res) => redirect(res, 302, '/private/hidden'),
    '/loop/a': (_req, res) => redirect(res, 302, '/loop/b'),
    '/loop/b': (_req, res) => redirect(res, 302, '/loop/a'),
    '/flaky/429': (_req, res, site) =>
      site.hits === 1
        ? send(res, 429, 'text/plain', 'slow down', { 'retry-after': '1' })
        : html(res, page('Patience', '<p>Served on the second try.</p>')),
    '/flaky/500': (_req, res, site) =>
      site.hits <= 2
        ? send(res, 500, 'text/plain', 'oops')
        : html(res, page('Healed', '<p>Served on the third try.</p>')),
    '/always/503': (_req, res) => send(res, 503, 'text/plain', 'down'),
    '/always/429': (_req, res) =>
      send(res, 429, 'text/plain', 'come back in two minutes', { 'retry-after': '120' }),
    '/slow': (_req, res) => {
      const timer = setTimeout(() => html(res, page('Slow', '<p>Too late.</p>')), 2000);
      res.on('close', () => clearTimeout(timer));
    },
    '/big': (_req, res) => html(res, page('Huge', `<p>${'word '.repeat(40_000)}</p>`)),
    '/gzipped': (_req, res) =>
      send(res, 200, 'text/html; charset=utf-8', gzipSync(page('Compressed', '<p>Sent gzip-encoded.</p>')), {
        'content-encoding': 'gzip',
      }),
    '/report.pdf': (_req, res) => send(res, 200, 'application/pdf', '%PDF-1.4 not a page'),
    '/etag': (req, res) =>
      req.headers['if-none-match'] === '"v1"'
        ? send(res, 304, 'text/html', '', { etag: '"v1"' })
        : send(res, 200, 'text/html', page('Versioned', '<p>Version one.</p>'), {
            etag: '"v1"',
            'last-modified': 'Mon, 02 Nov 2026 10:00:00 GMT',
          }),
  };
}

export async function startSite(options: SiteOptions = { crawlDelay: 0.05 }): Promise<FixtureSite> {
  const table = routes(options);
  const log: LoggedRequest[] = [];
  const counts = new Map<string, number>();
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    log.push({ path, at: Date.now(), headers: req.headers });
    const hits = (counts.get(path) ?? 0) + 1;
    counts.set(path, hits);
    const handler = table[path];
    if (handler) handler(req, res, { origin, hits });
    else send(res, 404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    log,
    hits: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function rssFeed(origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Portville Gazette</title><link>${origin}/</link><description>Local news</description>
<item><title>Harbour reopens</title><link>${origin}/news/a</link><pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate></item>
<item><title>Council votes</title><link>/news/b</link><pubDate>Mon, 02 Nov 2026 09:30:00 GMT</pubDate></item>
<item><title>Staff only</title><link>${origin}/private/secret</link></item>
</channel></rss>`;
}

function atomFeed(origin: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Portville Gazette (Atom)</title><id>urn:fixture:atom</id><updated>2026-11-02T10:00:00Z</updated>
<entry><title>Storm warning</title><id>urn:fixture:c</id><link rel="alternate" href="${origin}/news/c"/><link rel="enclosure" href="${origin}/img/c.jpg"/><published>2026-11-02T07:15:00+01:00</published><updated>2026-11-02T10:00:00Z</updated></entry>
<entry><title>Harbour reopens</title><id>urn:fixture:a</id><link href="${origin}/news/a"/><updated>2026-11-02T08:00:00Z</updated></entry>
</feed>`;
}

function sitemapIndex(origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>${origin}/sitemaps/news.xml.gz</loc><lastmod>2026-11-02</lastmod></sitemap>
<sitemap><loc>${origin}/sitemaps/pages.xml</loc></sitemap>
</sitemapindex>`;
}

function newsSitemap(origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc>${origin}/news/d</loc><image:image><image:loc>${origin}/img/d.jpg</image:loc></image:image>
<news:news><news:publication><news:name>Portville Gazette</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2026-11-02T06:00:00Z</news:publication_date><news:title>Rail strike ends &amp; trains run</news:title></news:news></url>
</urlset>`;
}

function pagesSitemap(origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>${origin}/news/e</loc><lastmod>2026-11-01T12:00:00Z</lastmod></url>
<url><loc>${origin}/news/d</loc></url>
</urlset>`;
}
