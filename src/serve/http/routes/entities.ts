/** `GET /entities/:name`: the articles naming an entity and every quote by and about it. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../deps.ts';
import { apiError } from '../errors.ts';
import { EntityParam, EntitySchema, errorResponse, jsonResponse } from '../schemas.ts';

const one = createRoute({
  method: 'get',
  path: '/entities/{name}',
  summary: 'An entity (case-insensitive name): its articles, quotes by it and quotes naming it',
  request: { params: EntityParam },
  responses: {
    200: jsonResponse(EntitySchema, 'The entity report'),
    404: errorResponse('No entity of that name'),
  },
});

export function registerEntities(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(one, async (c) => {
    const { name } = c.req.valid('param');
    const report = await deps.store.entity(name);
    if (!report) return apiError(c, 404, 'not-found', `No entity named "${name}"`);
    return c.json(report, 200);
  });
}
