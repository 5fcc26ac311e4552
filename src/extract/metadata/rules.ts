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
 * Class/id words of containers whose bylines and dates belong to OTHER stories or to page
 * furniture (teaser lists, comments): bylines there are never taken. A class token counts
 * when it starts or ends with the word ("related-posts", "site-footer"), not when the word
 * sits inside ("has-comment-count"). Two-word entries match the token's first/last two words.
 */
export const FOREIGN_WORDS: ReadonlySet<string> = new Set([
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
]);

/** Tags never marked foreign by their class: WordPress puts "has-sidebar", "menu-…" on `<body>`. */
export const NEVER_FOREIGN_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

/**
 * An id naming the page's main content ("content", "main-content", Shopify's
 * "shopify-section-template--…__main"): the element is the story's wrapper whatever
 * layout words its class carries ("under-menu", "template-sidebar", "sidebar_content" —
 * WCXB 4010, 4614, 0186, 4787 lost their headline and date to such a wrapper).
 */
export const MAIN_CONTENT_ID = /^(?:content|(?:.*[-_])?main(?:[-_]content)?)$/i;

/** A disclaimer dating the story's first appearance: "This article was originally published on 26 Sep 2019 at 4:12pm but has been updated". */
export const ORIGINALLY_PUBLISHED = /\b[Oo]riginally (?:published|posted|appeared)(?: (?:on|in))?\s+/;

/** Tags whose content is page furniture, not the story header. */
export const FOREIGN_TAGS: ReadonlySet<string> = new Set([
  'aside', // sidebars and pull-outs (HTML spec: tangentially related content)
  'nav', // navigation
  'footer', // page footers list other stories and staff
  'form', // search and newsletter forms
]);

/** Class/id words of visible byline elements (hAtom "author vcard", WordPress "byline", "posted-by"). */
export const BYLINE_WORDS: ReadonlySet<string> = new Set([
  'byline', // the common name ("c-byline", "article-byline__name")
  'author', // hAtom/WordPress "author", "post-author", "author-name"
  'authors',
  'writer', // "writer-name"
  'contributor',
  'contributors',
  'by', // "posted-by", "meta-by"
  'reporter',
]);

/** Class/id words of byline-like elements that are NOT names: avatars, bios, "about the author" boxes. */
export const BYLINE_NOISE_WORDS: ReadonlySet<string> = new Set([
  'avatar', // author photos
  'image',
  'img',
  'photo',
  'pic',
  'bio', // "author-bio" boxes: name plus a paragraph
  'description',
  'about',
  'social', // profile links
  'follow',
  'twitter',
  'email',
  'more', // "more-by-author" lists
  'title', // "author-title": the role ("Senior Reporter")
  'job',
  'role',
  'label', // "Author:" labels
]);

/** Class/id words of visible date elements near the headline (WordPress "entry-date", "post-date", "published"). */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'date', // "entry-date", "post-date", "meta-date"
  'time', // "post-time"
  'published', // hAtom "published"
  'pubdate',
  'timestamp',
  'dateline',
  'datetime',
  'updated', // hAtom "updated" (WCXB 4787)
]);

/**
 * Author archive links: their text is an author's name (WordPress `/author/slug/`,
 * Wirecutter `/authors/slug/`, Webflow `/authors/slug`; WCXB 1396, 4011).
 */
export const AUTHOR_HREF =
  /\/(?:author|authors|writers?|contributors?|columnists?|journalists?|reporters?)\/[^/?#]+\/?(?:[?#]|$)/i;

/**
 * Text shaped like a full date: "March 17, 2025", "Mar. 17, 2025", "17 March 2025",
 * "2025-03-17", "10/31/2024", "17.05.2021" (English month names; chrono-node parses them).
 * Bounded quantifiers only.
 */
export const DATE_SHAPE =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}\d{4}|\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s{1,3}\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})\b/i;

/** Date-shaped texts kept per page (the ones near the headline come early in the document). */
export const MAX_DATE_SHAPED = 40;

/** Text nodes that may be a byline: starting with "By", "Written by", "Author:" (one cheap test first). */
export const BY_START = /^\s*(?:by|written|posted|authored|authors?|contributors?)\b/i;
/** A bare label whose name sits in the next element ("By", "Written by", "Authors:"; WCXB 0058, 0380). */
export const BY_LABEL = /^(?:(?:written|posted|authored)\s+by|by|authors?|contributors?):?$/i;
/**
 * "By Jane Doe", "Written by Jane Doe", "Posted by Jane Doe on …": the lead-in and a
 * capitalised word, the usual printed byline (WCXB 0222, 4095).
 */
export const BY_NAME = /^(?:(?:[Ww]ritten|WRITTEN|[Pp]osted|POSTED|[Aa]uthored)\s+)?(?:by|By|BY):?\s+\p{Lu}/u;

/** Longest byline or date text considered (longer texts are bios or paragraphs, not bylines). */
export const MAX_BYLINE_CHARS = 160;

/** How many elements after the headline a visible byline/date may sit and still count as "near". */
export const NEAR_HEADLINE_ELEMENTS = 400;

/**
 * The window around the headline `<h1>` where a date counts as printed with it (`printed`
 * source): a date line just above it, the byline block below. Measured on WCXB: 10 elements
 * after gain 20 pages, 50 gain 28, 100 and more start taking teaser dates; 40 before reach
 * into the site header's news tickers (WCXB 0189), 10 do not.
 */
export const PRINTED_DATE_BEFORE = 10;
/** Date-marked elements kept from furniture: the first few of a page are enough for a last resort. */
export const MAX_FURNITURE_DATES = 20;
/** How far after the headline a furniture date may sit: a meta sidebar follows the story's header. */
export const FURNITURE_DATE_AFTER = 100;
export const PRINTED_DATE_AFTER = 50;

/** Labels of a printed date that says when the page was updated, not published. */
export const UPDATE_LABEL = /\b(?:updated?|modified|revised|reviewed|edited)\b/i;
