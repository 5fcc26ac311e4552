/**
 * Search filters as portable SQL over the `articles` table aliased `a` (plain
 * comparisons, `EXISTS`, `LIKE`, `lower()`: the same text runs on SQLite and PostgreSQL).
 */
import { type RawBuilder, sql } from 'kysely';
import { StoreError } from '../errors.ts';
import type { SearchQuery } from './types.ts';

/** Page size bounds: a default that fits a screen, a cap that keeps one call cheap. */
export const PAGE = { default: 20, max: 1000 } as const;

export function filterSql(query: SearchQuery): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (query.site) {
    const site = query.site.toLowerCase().replace(/^www\./, '');
    conditions.push(sql`(a.site = ${site} OR a.site LIKE ${`%.${site}`})`);
  }
  if (query.author) {
    conditions.push(sql`EXISTS (SELECT 1 FROM authors au WHERE au.article_id = a.id
      AND lower(au.name) LIKE ${`%${query.author.toLowerCase()}%`})`);
  }
  if (query.entity) {
    conditions.push(sql`EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity_id
      WHERE m.article_id = a.id AND e.key = ${query.entity.toLowerCase()})`);
  }
  if (query.from) conditions.push(sql`a.published_at >= ${instant(query.from, 'from', false)}`);
  if (query.to) conditions.push(sql`a.published_at < ${instant(query.to, 'to', true)}`);
  return sql.join(conditions, sql` AND `);
}

/**
 * A filter date as a UTC instant. `to` is inclusive of a whole day when only a date is
 * given (`--to 2024-05-01` keeps articles of May 1), so it becomes the next midnight.
 */
function instant(value: string, name: string, endOfDay: boolean): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms))
    throw new StoreError(`Cannot search: "${value}" is not a date (--${name})`, 'bad-query');
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Date(endOfDay && dayOnly ? ms + 86_400_000 : ms).toISOString();
}

export function pageOf(query: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = Math.min(Math.max(1, Math.floor(query.limit ?? PAGE.default)), PAGE.max);
  return { limit, offset: Math.max(0, Math.floor(query.offset ?? 0)) };
}
