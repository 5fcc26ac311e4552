import { Parser } from 'htmlparser2';
import { absoluteHttpUrl } from '../feed.ts';

/** File extensions that are never article pages: following them would only waste the host's patience. */
const NON_PAGE_EXTENSIONS: ReadonlySet<string> = new Set([
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
  'svg',
  'ico',
  'avif', // images
  'css',
  'js',
  'mjs',
  'json',
  'woff',
  'woff2',
  'ttf', // page assets
  'pdf',
  'zip',
  'gz',
  'mp3',
  'mp4',
  'webm',
  'mov',
  'm3u8', // documents and media the extractor cannot read
]);

export interface PageLinks {
  links: string[];
  /** `<meta name="robots" content="nofollow">` (or our agent's token) asked us not to follow links. */
  nofollow: boolean;
}

/**
 * The `<a href>` targets of a page, absolute, fragment-free, deduplicated, in document order.
 * `<base href>` is honoured (HTML §4.2.3); `rel="nofollow"` links and pages whose robots meta
 * says `nofollow` are not followed (robots meta tag convention, as Google documents it).
 * Bytes are read as UTF-8: URLs are ASCII or percent-encoded in practice.
 */
export function extractLinks(bytes: Uint8Array, pageUrl: string, agentToken: string): PageLinks {
  let base = pageUrl;
  let nofollow = false;
  const found: string[] = [];
  const metaNames = new Set(['robots', agentToken.toLowerCase()]);
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'base' && attrs.href) base = absoluteHttpUrl(attrs.href, pageUrl) ?? base;
        else if (name === 'meta' && metaNames.has((attrs.name ?? '').toLowerCase())) {
          if (/\b(nofollow|none)\b/i.test(attrs.content ?? '')) nofollow = true;
        } else if (name === 'a' && isFollowable(attrs.href, attrs.rel)) {
          const url = absoluteHttpUrl(attrs.href, base);
          if (url !== undefined && !isNonPage(url)) found.push(url);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(new TextDecoder('utf-8').decode(bytes));
  return { links: nofollow ? [] : [...new Set(found)], nofollow };
}

/** Same-page anchors (`#top`) name this document, not another; `rel="nofollow"` asks us not to go. */
function isFollowable(href: string | undefined, rel: string | undefined): href is string {
  return href !== undefined && href !== '' && !href.startsWith('#') && !/\bnofollow\b/i.test(rel ?? '');
}

function isNonPage(url: string): boolean {
  const path = new URL(url).pathname;
  const dot = path.lastIndexOf('.');
  if (dot === -1 || dot < path.lastIndexOf('/')) return false;
  return NON_PAGE_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}
