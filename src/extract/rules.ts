/**
 * Vocabularies of the main-content extractor, each entry with the reason it exists.
 * Sources: Readability.js's regexps (Mozilla, Apache-2.0) and trafilatura's
 * settings/xpaths (Apache-2.0) were read to learn the field's practice; every entry
 * here was re-derived and checked against the ScrapingHub/WCXB pages.
 */

interface Rule {
  pattern: string;
  reason: string;
}

function compile(rules: readonly Rule[], flags = 'i'): RegExp {
  return new RegExp(rules.map((r) => r.pattern).join('|'), flags);
}

/** Elements whose whole subtree is never article text. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'script', // code, not text
  'style', // CSS
  'noscript', // fallback markup, usually tracking pixels or duplicates
  'template', // inert markup
  'svg', // icons
  'canvas',
  'iframe', // no text of its own here; embeds are read from their blockquotes
  'object',
  'embed',
  'applet',
  'button', // share/like/subscribe controls
  'input',
  'select',
  'textarea',
  'option',
  'label',
  'link',
  'meta',
  'head', // metadata was read before pruning
  'dialog', // cookie/consent and newsletter pop-ups
  'map',
  'audio',
  'video',
  'source',
  'picture-source',
  'nav', // site navigation
  'menu',
  'footer', // page or article footers: share bars, tags, copyright
  'aside', // sidebars, pull-outs, related lists
]);

/** ARIA roles that mark non-article regions (WAI-ARIA landmark roles). */
export const DROP_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'menu',
  'menubar',
  'complementary',
  'banner',
  'contentinfo',
  'dialog',
  'alertdialog',
  'search',
  'alert',
]);

const UNLIKELY_RULES: readonly Rule[] = [
  { pattern: '-ad-|^ad-|\\bads?\\b|advert|adsense|dfp|banner', reason: 'advertising slots' },
  { pattern: 'breadcrumb', reason: 'navigation trail' },
  { pattern: 'comment|disqus|replies|respond|discussion', reason: 'reader comments' },
  { pattern: 'cookie|consent|gdpr|privacy-?banner', reason: 'consent banners' },
  { pattern: 'footer|\\bfoot\\b|masthead|\\bheader\\b|site-?head|top-?bar', reason: 'page chrome' },
  { pattern: 'menu|\\bnav\\b|navbar|navigation|skip-?link', reason: 'navigation' },
  {
    pattern: 'related|recommend|more-?(from|stories|news|on)|most-?(read|popular|viewed)|trending',
    reason: 'teaser lists',
  },
  { pattern: 'outbrain|taboola|zergnet|sponsor|promo|partner', reason: 'sponsored widgets' },
  {
    pattern: '\\bcta\\b|call-?to-?action',
    reason:
      'calls to action: donation appeals and sign-up boxes (Snopes "custom-cta-letter", ScrapingHub 8380689f)',
  },
  { pattern: 'share|sharing|social|sociable|addthis|follow-?us', reason: 'share bars' },
  {
    pattern: 'ctt-btn',
    reason:
      'the "Click To Tweet" button of click-to-tweet quote boxes (Social Warfare sw-ctt-btn, Better Click To Tweet bctt-ctt-btn; ScrapingHub ec7fc408); the quote itself is article text',
  },
  {
    pattern: 'newsletter|subscri|signup|sign-up|regwall',
    reason: 'subscription promos (not "paywall": Dow Jones wraps the body in .paywall)',
  },
  {
    pattern: 'sidebar|\\brail\\b|right-?col|left-?col|skyscraper',
    reason: 'side columns (not "widget": Blogger wraps posts in .widget.Blog)',
  },
  { pattern: 'popup|modal|overlay|lightbox|toast', reason: 'pop-ups' },
  { pattern: 'pagination|pager|prev-next|next-prev', reason: 'pagers' },
  { pattern: 'author-?bio|about-?the-?author|bio-?box', reason: 'author boxes' },
  { pattern: '\\btags?\\b|tag-?list|topics|keywords', reason: 'tag lists' },
  {
    pattern: 'print-?only|screen-?reader|sr-only|visually-?hidden',
    reason:
      'invisible helpers (not bare "hidden": Tailwind\'s overflow-hidden / hidden md:block are visible)',
  },
];

/** class/id patterns of non-article regions, removed before the body is chosen (Readability's "unlikely candidates"). */
export const UNLIKELY_CANDIDATE = compile(UNLIKELY_RULES);

/**
 * Widgets named by their plug-in, which no content word in their class or id rescues: Jetpack's
 * sharing and likes boxes (`sharedaddy`, `jp-post-flair`, `jetpack-likes-widget-wrapper` with
 * id "like-post-wrapper-…") and related posts (`jp-relatedposts`), whose "post" read as an
 * article wrapper and left "Like this: / Like Loading..." in twelve benchmark pages' bodies
 * (ScrapingHub 0dd13570, 21486419; WCXB 0071, 4642).
 */
export const UNRESCUED_WIDGET = /\bsharedaddy\b|\bjp-post-flair\b|jetpack-likes|\bjp-relatedposts\b/i;

/** class/id patterns that rescue an otherwise unlikely element (it may wrap the article). */
export const MAYBE_CANDIDATE =
  /and|article|body|column|content|main|mathjax|shadow|story|entry|post|text|hentry|h-entry/i;

/** class/id patterns that raise a container's score. */
export const POSITIVE_CLASS =
  /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text|paywall-?content/i;

/**
 * class/id patterns that lower a container's score. Not Readability's "scroll": it names the
 * wrappers of wide tables (`overflow-x-scroll`, `scrollable-table`; WCXB 4115, 0096), not tickers.
 */
export const NEGATIVE_CLASS =
  /-ad-|^hidden$|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|masthead|media|meta|outbrain|promo|related|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|dateline|caption|credit|newsletter|subscri/i;

/** Attributes by which a container names itself the article body (trafilatura's BODY_XPATH, re-derived). */
export const BODY_ATTRIBUTES: ReadonlyArray<readonly [attribute: string, value: string]> = [
  ['itemprop', 'articleBody'], // schema.org microdata
  ['property', 'articleBody'], // RDFa
  ['data-testid', 'article-body'], // React news sites (Gannett, Vox)
];

/** Class names that mark the article body container, matched as whole class tokens. */
export const BODY_CLASSES: ReadonlySet<string> = new Set([
  'article-body',
  'article__body',
  'articleBody',
  'article-body-content',
  'article-content',
  'article__content',
  'articleContent',
  'story-body',
  'story__body',
  'storyBody',
  'story-content',
  'story-text',
  'entry-content',
  'post-content',
  'post-body',
  'post__content',
  'postBody',
  'post-text',
  'entry-body',
  'body-text',
  'article-text',
  'article__text',
  'text-body',
  'content-body',
  'rich-text',
  'ArticleBody',
  'elementor-widget-theme-post-content', // Elementor's post-content widget (WordPress page builder)
  'wp-block-post-content', // WordPress block themes' post content
]);
