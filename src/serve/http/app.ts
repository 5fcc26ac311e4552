/**
 * The HTTP front-end: the JSON API (routes/) and the web reader (../web) over one `Store`.
 * `createApp()` returns the Hono app; tests call `app.request()` in-process, `serve.ts`
 * puts it on a socket. Everything the routes need arrives in `AppInit` (no module state).
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { HttpFetch } from '../../ingest/crawl/http.ts';
import type { Store } from '../../store/index.ts';
import type { ArticleRecord } from '../../store/record.ts';
import type { PagePool } from '../../worker/pool.ts';
import { guardedHttp } from '../net/guarded-http.ts';
import { registerReader } from '../web/routes.ts';
import type { ServeConfig } from './config.ts';
import type { AppDeps } from './deps.ts';
import { apiError, onApiError } from './errors.ts';
import { createJobBoard, type JobBoard } from './jobs.ts';
import { registerArticles } from './routes/articles.ts';
import { registerEntities } from './routes/entities.ts';
import { registerExtract } from './routes/extract.ts';
import { registerIngest } from './routes/ingest.ts';
import { registerStories } from './routes/stories.ts';

export interface AppInit {
  store: Store;
  config: ServeConfig;
  /** The one-hop transport for URL fetches. Default: `guardedHttp` with `config.allowPrivate`. */
  http?: HttpFetch;
  /** Where ingest jobs run; pass one to `close()` it at shutdown. Default: a new board. */
  jobs?: JobBoard;
  /** Worker pool for `POST /extract` (the server passes one); default: in-process. */
  pages?: PagePool;
  /** Worker pool for `POST /ingest` jobs (the server passes one); default: in-process. */
  records?: PagePool<ArticleRecord>;
}

/** Content-Security-Policy of every response: no inline or foreign script, so even a sanitizer bug cannot run one. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'https:', 'http:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function createApp(init: AppInit): OpenAPIHono {
  const deps: AppDeps = {
    store: init.store,
    config: init.config,
    http: init.http ?? guardedHttp({ allowPrivate: init.config.allowPrivate }),
    jobs: init.jobs ?? createJobBoard(),
    pages: init.pages,
    records: init.records,
  };
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return apiError(c, 400, 'invalid-request', z.prettifyError(result.error));
    },
  });
  app.use(secureHeaders({ contentSecurityPolicy: CSP, referrerPolicy: 'no-referrer' }));
  app.use(
    '*',
    bodyLimit({
      maxSize: init.config.maxBodyBytes,
      onError: (c) =>
        apiError(c, 413, 'too-large', `The request body is larger than ${init.config.maxBodyBytes} bytes`),
    }),
  );
  registerExtract(app, deps);
  registerArticles(app, deps);
  registerStories(app, deps);
  registerEntities(app, deps);
  registerIngest(app, deps);
  registerReader(app, deps);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Dateline API', version: '1', description: 'Clean, structured, attributed news articles' },
  });
  app.notFound((c) => apiError(c, 404, 'not-found', `No route ${c.req.method} ${c.req.path}`));
  app.onError(onApiError);
  return app;
}
