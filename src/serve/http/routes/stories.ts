/** `GET /stories` (clusters, largest first as the store orders them) and `GET /stories/:id` (members). */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../deps.ts';
import { apiError } from '../errors.ts';
import {
  errorResponse,
  IdParam,
  jsonResponse,
  StoryListQuery,
  StoryListSchema,
  StorySchema,
} from '../schemas.ts';

const list = createRoute({
  method: 'get',
  path: '/stories',
  summary: 'Story clusters across outlets',
  request: { query: StoryListQuery },
  responses: {
    200: jsonResponse(StoryListSchema, 'One page of stories with the total count'),
    400: errorResponse('Invalid query parameters'),
  },
});

const one = createRoute({
  method: 'get',
  path: '/stories/{id}',
  summary: 'One story with its member articles and their outlets',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(StorySchema, 'The story'),
    400: errorResponse('The id is not a positive integer'),
    404: errorResponse('No such story'),
  },
});

export function registerStories(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(list, async (c) => c.json(await deps.store.listStories(c.req.valid('query')), 200));
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const story = await deps.store.getStory(id);
    if (!story) return apiError(c, 404, 'not-found', `No story ${id}`);
    return c.json(story, 200);
  });
}
