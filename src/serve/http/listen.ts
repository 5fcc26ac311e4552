/**
 * Puts the app on a socket with @hono/node-server. Loopback by default: the reader is a
 * local tool unless the user names another host.
 */
import { serve } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';

export interface Listening {
  /** `http://127.0.0.1:8787` — the address actually bound (port 0 picks a free one). */
  url: string;
  close(): Promise<void>;
}

export function listen(app: OpenAPIHono, host: string, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
      const shown = info.family === 'IPv6' || info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive connections would hold close() open until they idle out.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
