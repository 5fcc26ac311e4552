/** `POST /extract`: HTML in the body (any non-JSON type), or JSON `{url}` / `{html}`; the article out in any format. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { FORMATS } from '../../../format/index.ts';
import type { Source } from '../../../model.ts';
import { type PageTask, renderPage } from '../../../worker/render.ts';
import { safeFetch } from '../../net/safe-fetch.ts';
import type { AppDeps } from '../deps.ts';
import { apiError } from '../errors.ts';
import { ArticleRecordSchema, ExtractJson, ExtractQuery, errorResponse } from '../schemas.ts';

const route = createRoute({
  method: 'post',
  path: '/extract',
  summary: 'Extract one article from posted HTML or from a URL',
  request: {
    query: ExtractQuery,
    body: {
      required: false,
      content: {
        'application/json': { schema: ExtractJson },
        'text/html': { schema: z.string().openapi({ description: 'The page itself' }) },
      },
    },
  },
  responses: {
    200: {
      description: 'The article in the asked format (JSON record by default)',
      content: {
        'application/json': { schema: ArticleRecordSchema },
        'text/markdown': { schema: z.string() },
      },
    },
    400: errorResponse('Invalid JSON, empty body or invalid parameters'),
    413: errorResponse('Body or fetched page larger than the limit'),
    422: errorResponse('The URL cannot be fetched (refused address, HTTP error, timeout)'),
  },
});

export function registerExtract(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(route, async (c) => {
    const query = c.req.valid('query');
    const isJson = /^application\/([\w.+-]+\+)?json\b/i.test(c.req.header('content-type') ?? '');
    let source: Source;
    if (isJson) {
      const body = c.req.valid('json');
      source =
        typeof body === 'string'
          ? htmlSource(body, query.url)
          : body.url !== undefined
            ? await safeFetch(body.url, {
                http: deps.http,
                maxBytes: deps.config.maxPageBytes,
                timeoutMs: deps.config.fetchTimeoutMs,
              })
            : htmlSource(body.html ?? '', query.url);
    } else {
      source = htmlSource(await c.req.text(), query.url);
    }
    if (source.bytes.byteLength === 0) return apiError(c, 400, 'empty-body', 'The request body is empty');
    const task: PageTask = {
      source,
      options: {
        url: source.url,
        maxBytes: deps.config.maxPageBytes,
        timeoutMs: deps.config.extractTimeoutMs,
      },
      format: query.format,
      explain: query.explain === '1',
    };
    const result = deps.pages ? await deps.pages.run(task) : renderPage(task);
    if (!result.ok) return apiError(c, 422, 'extract-failed', result.error);
    return c.body(result.output, 200, { 'content-type': FORMATS[query.format].mediaType });
  });
}

function htmlSource(html: string, url: string | undefined): Source {
  const source: Source = {
    input: url ?? '<request>',
    bytes: new TextEncoder().encode(html),
    contentType: 'text/html; charset=utf-8',
  };
  if (url !== undefined) source.url = url;
  return source;
}
