/**
 * The default `PinnedTransport`: one undici request whose connection goes to the address
 * already checked by guarded-http.ts. The URL keeps its host name, so the Host header and
 * TLS SNI/certificate checks are those of the site; only the DNS answer is fixed.
 */
import type { LookupAddress } from 'node:dns';
import { isIPv6 } from 'node:net';
import { Agent, request } from 'undici';
import type { HttpResponse } from '../../ingest/crawl/http.ts';
import { USER_AGENT } from '../../ingest/user-agent.ts';
import type { PinnedTransport } from './guarded-http.ts';

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** A `net.connect` lookup that always answers `address` (Node calls it with `all` since 20's family autoselection). */
function pinnedLookup(address: string) {
  const family = isIPv6(address) ? 6 : 4;
  return (_host: string, options: { all?: boolean }, callback: LookupCallback): void => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

export function pinnedTransport(userAgent: string = USER_AGENT): PinnedTransport {
  return async (req, address) => {
    // One agent per request: its connection pool is bound to this one checked address.
    const agent = new Agent({ connect: { lookup: pinnedLookup(address) }, pipelining: 0 });
    try {
      const response = await request(req.url, {
        method: 'GET',
        headers: { ...req.headers, 'user-agent': userAgent, 'accept-encoding': 'gzip' },
        signal: req.signal,
        dispatcher: agent,
      });
      response.body.on('error', () => undefined);
      response.body.on('close', () => void agent.close().catch(() => undefined));
      return { status: response.statusCode, headers: flatHeaders(response.headers), body: response.body };
    } catch (error) {
      void agent.destroy().catch(() => undefined);
      throw error;
    }
  };
}

function flatHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): HttpResponse['headers'] {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers))
    out[name.toLowerCase()] = Array.isArray(value) ? value[0] : value;
  return out;
}
