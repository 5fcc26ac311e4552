import type { Element } from 'domhandler';
import { classAndId } from '../dom/nodes.ts';

/** Elements that start a new block when met inside inline content (HTML "flow" vs "phrasing" content). */
export const BLOCK_LEVEL: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'summary',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'picture',
  'img',
  'body',
  'html',
]);

/** Embedded posts whose text is kept as an `embed` block (class → provider). */
export const EMBED_CLASSES: ReadonlyArray<{ pattern: RegExp; provider: string }> = [
  { pattern: /twitter-tweet|twitter-video/, provider: 'twitter' },
  { pattern: /instagram-media/, provider: 'instagram' },
  { pattern: /tiktok-embed/, provider: 'tiktok' },
  { pattern: /fb-post|facebook-post/, provider: 'facebook' },
  { pattern: /bluesky-embed/, provider: 'bluesky' },
  { pattern: /mastodon-embed/, provider: 'mastodon' },
];

/** A blockquote that is an embedded social post (EMBED_CLASSES). */
export function isEmbeddedPost(element: Element): boolean {
  const names = classAndId(element);
  return names.length > 0 && EMBED_CLASSES.some((embed) => embed.pattern.test(names));
}

/** class/id of elements that hold a photo caption or credit. */
export const CAPTION_CLASS = /caption|figcaption|wp-caption-text|image-?desc|photo-?desc|legend/i;
export const CREDIT_CLASS = /credit|copyright|photographer|source|byline|attribution|courtesy/i;

/**
 * CSS utility classes that make an inline element display as a block: Tailwind's `block`,
 * Bootstrap's `d-block`. "Alternatives<span class="block …">Top Note-taking Tools</span>" renders
 * on two lines (WCXB 2976); read as inline text, its words would glue ("AlternativesTop").
 */
const BLOCK_UTILITY = /(?:^|\s)(?:d-)?block(?:\s|$)/;

/** The element's class says it renders as a block, so its edges separate words. */
export function hasBlockUtilityClass(element: Element): boolean {
  // A substring check first: this runs for every inline element, and most classes lack the word.
  const cls = element.attribs.class ?? '';
  return cls.includes('block') && BLOCK_UTILITY.test(cls);
}
