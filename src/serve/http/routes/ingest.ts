/** `POST /ingest` (token required): starts a crawl job; `GET /jobs/:id`: its progress. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { requireToken } from '../auth.ts';
import type { AppDeps } from '../deps.ts';
import { apiError } from '../errors.ts';
import { runIngestJob } from '../ingest-job.ts';
import { errorResponse, IngestRequest, JobParam, JobSchema, jsonResponse } from '../schemas.ts';

const start = createRoute({
  method: 'post',
  path: '/ingest',
  summary: 'Crawl a page, feed or sitemap into the store (bearer token required)',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: IngestRequest } } } },
  responses: {
    202: jsonResponse(JobSchema, 'The job, running; poll `GET /jobs/{id}` (also in `Location`)'),
    400: errorResponse('Invalid JSON or URL'),
    401: errorResponse('Missing or wrong bearer token'),
    403: errorResponse('Writes are disabled: no token configured'),
    413: errorResponse('Body larger than the limit'),
  },
});

const status = createRoute({
  method: 'get',
  path: '/jobs/{id}',
  summary: 'Progress of a job',
  request: { params: JobParam },
  responses: {
    200: jsonResponse(JobSchema, 'The job'),
    400: errorResponse('The id is not a job id'),
    404: errorResponse('No such job'),
  },
});

export function registerIngest(app: OpenAPIHono, deps: AppDeps): void {
  app.use('/ingest', requireToken(deps.config.token));
  app.openapi(start, async (c) => {
    const body = c.req.valid('json');
    const maxPages = Math.min(body.maxPages ?? deps.config.maxIngestPages, deps.config.maxIngestPages);
    const job = deps.jobs.start(body.url, (handle) =>
      runIngestJob(
        {
          store: deps.store,
          config: deps.config,
          http: deps.http,
          target: body.url,
          maxPages,
          records: deps.records,
        },
        handle,
      ),
    );
    c.header('Location', `/jobs/${job.id}`);
    return c.json(job, 202);
  });
  app.openapi(status, async (c) => {
    const job = deps.jobs.get(c.req.valid('param').id);
    if (!job) return apiError(c, 404, 'not-found', 'No such job');
    return c.json(job, 200);
  });
}
