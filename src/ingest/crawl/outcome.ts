import { describeError } from '../../errors.ts';
import type { FetchRecord, FrontierEntry } from '../frontier.ts';
import { listEntries } from './discover.ts';
import type { FetchOutcome } from './fetch-document.ts';
import { extractLinks } from './links.ts';
import type { CrawlConfig } from './options.ts';

/** The run's counters and the hosts page links may lead to. Owned by one crawl run. */
export interface RunState {
  config: CrawlConfig;
  stats: { pages: number; listings: number; notModified: number; failed: number; discovered: number };
  seedHosts: ReadonlySet<string>;
}

/**
 * Acts on one fetch: a page goes to `onPage` and its links to the frontier; a feed or sitemap
 * adds its entries; a 304 keeps the old validators. Returns the record the frontier keeps.
 */
export async function processOutcome(
  outcome: FetchOutcome,
  entry: FrontierEntry,
  validators: { etag?: string; lastModified?: string } | undefined,
  run: RunState,
): Promise<FetchRecord> {
  const { config, stats } = run;
  switch (outcome.kind) {
    case 'page': {
      await config.onPage(outcome.source);
      stats.pages++;
      const finalUrl = outcome.source.url ?? entry.url;
      config.onEvent({ type: 'page', url: entry.url, finalUrl, bytes: outcome.source.bytes.byteLength });
      await markRedirectTarget(finalUrl, entry, outcome.record, run);
      if (entry.depth < config.maxDepth && isHtml(outcome.source.contentType)) {
        await addLinks(outcome.source.bytes, finalUrl, entry.depth + 1, run);
      }
      return outcome.record;
    }
    case 'xml':
    case 'json':
      return addListing(outcome, entry, run);
    case 'not-modified':
      stats.notModified++;
      config.onEvent({ type: 'not-modified', url: entry.url });
      return { ...validators, ...outcome.record };
    case 'failed':
      stats.failed++;
      config.onEvent({
        type: 'failed',
        url: entry.url,
        status: outcome.record.status,
        error: outcome.record.error ?? '',
      });
      return outcome.record;
  }
}

async function addListing(
  outcome: Extract<FetchOutcome, { kind: 'xml' | 'json' }>,
  entry: FrontierEntry,
  run: RunState,
): Promise<FetchRecord> {
  const { config, stats } = run;
  if (stats.listings >= config.maxListings) {
    stats.failed++;
    return { ...outcome.record, error: `more than ${config.maxListings} feeds and sitemaps in one run` };
  }
  try {
    const listing = await listEntries(
      outcome.kind,
      outcome.bytes,
      outcome.url,
      entry.depth,
      outcome.contentType,
    );
    const added = await config.frontier.add(listing.entries);
    stats.listings++;
    stats.discovered += added;
    config.onEvent({
      type: 'listing',
      url: entry.url,
      listing: listing.type,
      entries: listing.entries.length,
      added,
    });
    return outcome.record;
  } catch (error) {
    stats.failed++;
    const reason = `unreadable feed or sitemap: ${describeError(error)}`;
    config.onEvent({ type: 'failed', url: entry.url, status: outcome.record.status, error: reason });
    return { ...outcome.record, error: reason };
  }
}

async function addLinks(bytes: Uint8Array, pageUrl: string, depth: number, run: RunState): Promise<void> {
  const { links } = extractLinks(bytes, pageUrl, run.config.agentToken);
  const kept = run.config.sameHostOnly
    ? links.filter((link) => run.seedHosts.has(new URL(link).host))
    : links;
  run.stats.discovered += await run.config.frontier.add(kept.map((url) => ({ url, depth })));
}

/** A page reached through redirects is also known under its final URL, so a link to it is not fetched again. */
async function markRedirectTarget(
  finalUrl: string,
  entry: FrontierEntry,
  record: FetchRecord,
  run: RunState,
): Promise<void> {
  if (finalUrl === entry.url) return;
  const added = await run.config.frontier.add([{ url: finalUrl, depth: entry.depth }]);
  if (added > 0) await run.config.frontier.complete({ ...record, url: finalUrl });
}

function isHtml(contentType: string | undefined): boolean {
  return /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType ?? 'text/html');
}
