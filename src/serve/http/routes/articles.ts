/** `GET /articles` (search, filters, paging) and `GET /articles/:id` (the full record). */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { toRecord } from '../../../format/index.ts';
import type { StoredArticle } from '../../../store/index.ts';
import type { AppDeps } from '../deps.ts';
import { apiError } from '../errors.ts';
import {
  ArticleRecordSchema,
  errorResponse,
  IdParam,
  jsonResponse,
  SearchQuerySchema,
  SearchResultSchema,
} from '../schemas.ts';

const search = createRoute({
  method: 'get',
  path: '/articles',
  summary: 'Search articles (full text, site, author, entity, date range), newest first without q',
  request: { query: SearchQuerySchema },
  responses: {
    200: jsonResponse(SearchResultSchema, 'One page of hits with the total count'),
    400: errorResponse('Invalid query parameters'),
  },
});

const one = createRoute({
  method: 'get',
  path: '/articles/{id}',
  summary: 'One stored article: the full record plus its id, site, story and duplicate group',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(ArticleRecordSchema, 'The article record'),
    400: errorResponse('The id is not a positive integer'),
    404: errorResponse('No such article'),
  },
});

/** The record of docs/record.md plus the store's facts about the article. */
export function storedRecord(a: StoredArticle) {
  return {
    id: a.id,
    site: a.site ?? null,
    storyId: a.storyId ?? null,
    duplicateOf: a.duplicateOf ?? null,
    addedAt: a.addedAt,
    ...toRecord(a),
  };
}

export function registerArticles(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(search, async (c) => c.json(await deps.store.search(c.req.valid('query')), 200));
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const article = await deps.store.getArticle(id);
    if (!article) return apiError(c, 404, 'not-found', `No article ${id}`);
    return c.json(storedRecord(article), 200);
  });
}
