/** `dateline search "query"`: ranked hits with snippets, filters, text or JSON Lines out. */
import type { SearchHit, SearchQuery } from '../../../store/index.ts';
import { type CliIo, EXIT } from '../io.ts';
import { withStore } from './open.ts';

export interface SearchCliOptions {
  db: string;
  site?: string;
  author?: string;
  entity?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
  json: boolean;
}

export async function searchCommand(
  q: string | undefined,
  options: SearchCliOptions,
  io: CliIo,
): Promise<number> {
  const query: SearchQuery = { limit: options.limit, offset: options.offset };
  for (const key of ['site', 'author', 'entity', 'from', 'to'] as const) {
    if (options[key] !== undefined) query[key] = options[key];
  }
  if (q !== undefined && q.trim() !== '') query.q = q;
  return withStore(options.db, async (store) => {
    const result = await store.search(query);
    if (options.json) {
      for (const hit of result.hits) io.stdout.write(`${JSON.stringify(hit)}\n`);
      return EXIT.ok;
    }
    const first = result.total === 0 ? 0 : (query.offset ?? 0);
    io.stdout.write(
      `${result.total} matches${result.total > 0 ? ` (${first + 1}–${first + result.hits.length})` : ''}\n`,
    );
    for (const hit of result.hits) io.stdout.write(renderHit(hit));
    return EXIT.ok;
  });
}

/** One hit as three lines: id, score and title; site, date and URL; the snippet. */
function renderHit(hit: SearchHit): string {
  const score = hit.score > 0 ? ` (${hit.score.toPrecision(3)})` : '';
  const facts = [hit.site, hit.published?.slice(0, 10), hit.url].filter(Boolean).join(' · ');
  return `\n#${hit.id}${score} ${hit.title ?? '(untitled)'}\n  ${facts}\n  ${hit.snippet}\n`;
}
