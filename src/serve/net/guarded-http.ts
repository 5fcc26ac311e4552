/**
 * An `HttpFetch` (the crawler's one-hop transport, src/ingest/crawl/http.ts) that refuses
 * private, loopback, link-local, metadata … addresses AFTER DNS resolution, and then
 * connects to exactly the address it checked (no second lookup an attacker's DNS could
 * answer differently: the DNS-rebinding gap). Redirects are never followed here; the
 * crawler and `safeFetch` follow them hop by hop, so every hop passes this check.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { FetchError } from '../../errors.ts';
import type { HttpFetch, HttpRequest, HttpResponse } from '../../ingest/crawl/http.ts';
import { blockedReason } from './address.ts';
import { pinnedTransport } from './pinned-transport.ts';

/** Host name → every address it resolves to (tests inject a fake DNS). */
export type Resolver = (hostname: string) => Promise<string[]>;

/** Sends one request to `address` (already checked) while keeping the URL's host for Host/SNI. */
export type PinnedTransport = (req: HttpRequest, address: string) => Promise<HttpResponse>;

export interface GuardOptions {
  /** Let requests reach private and loopback addresses (a trusted intranet, tests). Default false. */
  allowPrivate?: boolean;
  /** Default: the system resolver, every address (`dns.lookup` with `all`). */
  resolve?: Resolver;
  /** Default: undici pinned to the checked address. */
  transport?: PinnedTransport;
  userAgent?: string;
}

/** Schemes a server-side fetch may use. */
const FETCH_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * The address to connect to for `url`, or a FetchError (code `blocked-address`) naming
 * the refused address and why. EVERY resolved address must be allowed: a host that also
 * resolves to 127.0.0.1 is refused even if it has a public address as well.
 */
export async function checkedAddress(url: string, options: GuardOptions): Promise<string> {
  const parsed = new URL(url);
  if (!FETCH_SCHEMES.has(parsed.protocol)) {
    throw new FetchError(`Cannot fetch "${url}": only http and https URLs are fetched`, 'bad-scheme');
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await resolveAll(url, host, options.resolve ?? systemResolver);
  if (!options.allowPrivate) {
    for (const address of addresses) {
      const reason = blockedReason(address);
      if (reason !== undefined) {
        throw new FetchError(
          `Cannot fetch "${url}": address ${address} is refused (${reason})`,
          'blocked-address',
        );
      }
    }
  }
  return addresses[0]!;
}

async function resolveAll(url: string, host: string, resolve: Resolver): Promise<string[]> {
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch (error) {
    throw new FetchError(`Cannot fetch "${url}": cannot resolve "${host}"`, 'dns', { cause: error });
  }
  if (addresses.length === 0) throw new FetchError(`Cannot fetch "${url}": "${host}" has no address`, 'dns');
  return addresses;
}

/** The guarded one-hop transport; pass it as `crawl({fetch})` or to `safeFetch`. */
export function guardedHttp(options: GuardOptions = {}): HttpFetch {
  const transport = options.transport ?? pinnedTransport(options.userAgent);
  return async (req) => transport(req, await checkedAddress(req.url, options));
}
