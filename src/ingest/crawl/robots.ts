import robotsParserModule from 'robots-parser';
import type { HttpResponse } from './http.ts';

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}

/**
 * robots-parser is CommonJS (`module.exports = function`); its typings declare an ES default
 * export, which NodeNext types as the module object. At run time the default import is the function.
 */
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robot;

/** What the crawler needs from one origin's robots.txt. */
export interface RobotsRules {
  allowed(url: string): boolean;
  /** `Crawl-delay` for our token (or `*`), in milliseconds. */
  crawlDelayMs: number | undefined;
  sitemaps: readonly string[];
}

/** RFC 9309 §2.5: crawlers must parse at least 500 KiB; we read that much and no more. */
const ROBOTS_MAX_BYTES = 500 * 1024;
/** RFC 9309 §2.3.1.2: follow at least five consecutive redirects for robots.txt. */
const ROBOTS_MAX_REDIRECTS = 5;

const ALLOW_ALL: RobotsRules = { allowed: () => true, crawlDelayMs: undefined, sitemaps: [] };
const DISALLOW_ALL: RobotsRules = { allowed: () => false, crawlDelayMs: undefined, sitemaps: [] };

/** Sends one request in the host's turn (the crawler's scheduler + timeout around `HttpFetch`). */
export type ScheduledGet = (url: string) => Promise<HttpResponse>;

/**
 * robots.txt per origin, fetched once per crawl (robots-parser 3.0.1 reads Allow/Disallow,
 * wildcards, `$`, per-agent groups and Crawl-delay). Status handling follows RFC 9309 §2.3.1:
 * 2xx → parse; 4xx ("unavailable") → crawl freely; 5xx or no answer ("unreachable") → assume
 * complete disallow.
 */
export class RobotsCache {
  readonly #byOrigin = new Map<string, Promise<RobotsRules>>();
  readonly #token: string;
  readonly #get: ScheduledGet;

  /** `token` is the product token matched against `User-agent:` lines (e.g. `Dateline`). */
  constructor(token: string, get: ScheduledGet) {
    this.#token = token;
    this.#get = get;
  }

  rulesFor(url: string): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    let rules = this.#byOrigin.get(origin);
    if (!rules) {
      rules = this.#load(origin);
      this.#byOrigin.set(origin, rules);
    }
    return rules;
  }

  async #load(origin: string): Promise<RobotsRules> {
    const robotsUrl = `${origin}/robots.txt`;
    let url = robotsUrl;
    try {
      for (let hop = 0; hop <= ROBOTS_MAX_REDIRECTS; hop++) {
        const response = await this.#get(url);
        const location = response.headers.location;
        if (response.status >= 300 && response.status < 400 && location) {
          response.body.destroy?.();
          url = new URL(location, url).href;
          continue;
        }
        return await this.#fromResponse(robotsUrl, response);
      }
      return ALLOW_ALL; // §2.3.1.2: too many redirects → treat as unavailable
    } catch {
      return DISALLOW_ALL;
    }
  }

  async #fromResponse(robotsUrl: string, response: HttpResponse): Promise<RobotsRules> {
    if (response.status >= 400 && response.status < 500) {
      response.body.destroy?.();
      return ALLOW_ALL;
    }
    if (response.status < 200 || response.status >= 300) {
      response.body.destroy?.();
      return DISALLOW_ALL;
    }
    const bytes = await readPrefix(response, ROBOTS_MAX_BYTES);
    const robot = robotsParser(robotsUrl, new TextDecoder('utf-8').decode(bytes));
    const token = this.#token;
    const delay = robot.getCrawlDelay(token);
    return {
      // robots-parser answers undefined for another origin's URL: never ours to judge, so allowed.
      allowed: (url) => robot.isAllowed(url, token) !== false,
      crawlDelayMs: delay !== undefined && Number.isFinite(delay) ? delay * 1000 : undefined,
      sitemaps: robot.getSitemaps(),
    };
  }
}

/** The first `max` bytes of a body; a longer robots.txt is cut, not refused (RFC 9309 §2.5). */
async function readPrefix(response: HttpResponse, max: number): Promise<Uint8Array> {
  const out = new Uint8Array(max);
  let length = 0;
  for await (const chunk of response.body) {
    const take = Math.min(chunk.byteLength, max - length);
    out.set(chunk.subarray(0, take), length);
    length += take;
    if (length >= max) {
      response.body.destroy?.();
      break;
    }
  }
  return out.subarray(0, length);
}
