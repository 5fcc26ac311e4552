/**
 * Named vocabularies for metadata extraction (DESIGN.md "Heuristics are named data").
 * Each entry carries the reason it exists; regexes are anchored or bounded so that no
 * input can make them backtrack badly.
 */

/** schema.org types that denote the story itself, preferred over WebPage/Organization nodes. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', // the generic parent type
  'NewsArticle', // news sites (schema.org/NewsArticle)
  'ReportageNewsArticle', // NYT/BBC-style reporting pieces
  'AnalysisNewsArticle', // analysis pieces on news sites
  'OpinionNewsArticle', // op-eds
  'BackgroundNewsArticle', // explainers
  'ReviewNewsArticle', // reviews published as news
  'BlogPosting', // WordPress/Yoast blogs
  'LiveBlogPosting', // live blogs
  'TechArticle', // documentation-style articles
  'ScholarlyArticle', // journals
  'Report', // reports published as articles
  'SocialMediaPosting', // forum/social posts with a headline
  'HowTo', // guides that carry headline/author like articles
  'Recipe', // recipe pages carry author/datePublished
]);

/** Node types never taken as the story node, however well they match. */
export const NON_ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Organization', // publisher nodes carry name/logo, not the story
  'NewsMediaOrganization', // same, news-specific
  'Person', // author nodes
  'WebSite', // site-wide node: its name is the site name
  'ImageObject', // image nodes
  'BreadcrumbList', // navigation
  'SiteNavigationElement', // navigation
]);

/**
 * Class/id tokens of containers whose bylines and dates belong to OTHER stories or to
 * page furniture (teaser lists, comments): bylines there must never be taken. A token
 * counts when it IS the word or starts/ends with it ("related-posts", "site-footer"), not
 * when the word sits inside ("elementor-widget-container" wraps whole Elementor pages).
 */
const FOREIGN_WORDS = [
  'related', // "related-posts", "related-articles"
  'recommended', // "recommended-stories"
  'more-stories', // teaser lists
  'read-more',
  'read-next',
  'sidebar', // sidebars hold other stories and author widgets
  'popular', // "most popular" lists
  'trending',
  'most-read',
  'teaser',
  'promo',
  'newsletter',
  'comments', // comment authors and dates are not the story's
  'comment',
  'footer', // "site-footer"
  'nav', // "main-nav", "nav-links" (prev/next post links carry dates)
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'carousel',
  'outbrain', // sponsored teaser widgets
  'taboola',
].join('|');
export const FOREIGN_CONTAINER = new RegExp(
  `(?:^|\\s)(?:(?:${FOREIGN_WORDS})(?:[-_]\\S*)?|\\S*[-_](?:${FOREIGN_WORDS}))(?=\\s|$)`,
  'i',
);

/** Tags never marked foreign by their class: WordPress puts "has-sidebar", "menu-…" on `<body>`. */
export const NEVER_FOREIGN_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

/** Tags whose content is page furniture, not the story header. */
export const FOREIGN_TAGS: ReadonlySet<string> = new Set([
  'aside', // sidebars and pull-outs (HTML spec: tangentially related content)
  'nav', // navigation
  'footer', // page footers list other stories and staff
  'form', // search and newsletter forms
]);

/** Class/id of visible byline elements (hAtom "author vcard", WordPress "byline", "post-author"). */
export const BYLINE_MARK = /byline|author|writer|contributor|(?:^|[\s_-])by(?:$|[\s_-])|posted-?by|reporter/i;

/** Class/id of byline-like elements that are NOT names: avatars, bios, "about the author" boxes. */
export const BYLINE_NOISE =
  /avatar|image|img|photo|pic|bio|description|about|social|follow|twitter|email|more|title|date|time|label/i;

/** Class/id of visible date elements near the headline (WordPress "entry-date", "post-date", "published"). */
export const DATE_MARK =
  /(?:^|[\s_-])(?:date|time|published|pubdate|dateline|timestamp|posted-?on|meta-?date|post-?date|entry-?date)(?:$|[\s_-])/i;

/** Longest byline or date text considered (longer texts are bios or paragraphs, not bylines). */
export const MAX_BYLINE_CHARS = 160;

/** How many elements after the headline a visible byline/date may sit and still count as "near". */
export const NEAR_HEADLINE_ELEMENTS = 400;
