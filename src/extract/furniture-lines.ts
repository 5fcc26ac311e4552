import type { Block, Metadata, ParagraphBlock } from '../model.ts';

/**
 * Line rules of the post-filter: short blocks that are page furniture (ad labels, share and
 * newsletter prompts, reading times, copyright notices …) and head lines that repeat the
 * headline, byline or timestamp the metadata already holds.
 */
export interface LineRule {
  rule: string;
  pattern: RegExp;
  reason: string;
}

/** A reading-time estimate ("5 min read", "Tempo de leitura: 1 minuto"). */
const READING_TIME =
  /^((reading time|read time|lesezeit|temps de lecture|tempo de leitura|tiempo de lectura)\s*:?\s*(about |approx\.? |ca\.? )?\d{1,3}\s*(min|mins|minutes?|minuten|minutos?)\.?|\d{1,3}\s*(min|mins|minutes?)\.?\s*(read|de lectura|de leitura|lesezeit|de lecture))$/i;

/** Short blocks that are page furniture wherever they appear in the body. */
const BOILERPLATE_LINES: readonly LineRule[] = [
  {
    rule: 'extract/advertisement-label',
    pattern:
      /^(advertisement|advertising|advert|sponsored|ad|anzeige|werbung|publicité|publicidad|pubblicità|iklan|реклама|광고)$/iu,
    reason: 'ad slot label (ScrapingHub 21486419, 7837c9d6: Indonesian "Iklan")',
  },
  {
    rule: 'extract/share-prompt',
    pattern:
      /^(share|share this|share this (article|story|post)|share on \w+|tweet|email|print|subscribe|comments?( \(\+?\d*\))?|sharing is caring!?|like this (story|article)\? share it with a friend!?)\s*:?$/i,
    reason: 'share bar text (ScrapingHub 0e014df6 "Sharing is caring!", 39d5c43b "Comments (+)")',
  },
  {
    rule: 'extract/newsletter-prompt',
    // The imperative may follow a lead-in sentence ("There's plenty more where that came from.
    // Sign up for … the free daily newsletter", ScrapingHub 55bb6340).
    pattern:
      /(?:^|[.!?]\s+)(?:click here to )?(sign up|subscribe)\b.{0,120}(newsletter|inbox|updates|email|youtube channel)/i,
    reason: 'newsletter promo',
  },
  {
    rule: 'extract/follow-prompt',
    pattern: /^follow (us|@?\w+|the [\w ]{1,40}) on (twitter|facebook|instagram|x|linkedin|google news)/i,
    reason: 'social follow prompt',
  },
  {
    rule: 'extract/read-more',
    pattern:
      /^\(?(?:also on [\w-]+\.[a-z]{2,}\s|(?:read more|read also|also read|leggi anche|leia também|lee también|lire aussi|lesen sie auch)\b|(?:related(?: [\p{L} ]{1,40}?)?|see also|more on (?:this|the topic)|recommended|you may also like|most read)\s*(?:[:：»›]|$))/iu,
    reason:
      'teaser lead-in ("More on the topic: <title>" mid-article, WCXB 4511; "Also on rt.com <title>", ScrapingHub 4a44ab3e; "(Leggi anche su: …)", b6fb53e9)',
  },
  {
    rule: 'extract/meta-line',
    // two or more labelled fields of the post's meta line: author, category, tags
    pattern:
      /(?:^|[-|•·/]\s*)(posted by|published by|publicado por|categor(?:y|ies|ia|ía)|tags|filed under)\s*:.*(?:^|[-|•·/]\s*)(posted by|published by|publicado por|categor(?:y|ies|ia|ía)|tags|filed under)\s*:/i,
    reason:
      'the post\'s meta line of author, category and tags ("05/10/2018 - Publicado por: … - Categoria: Saúde - Tags: …", ScrapingHub f6ac15a4)',
  },
  {
    rule: 'extract/contents-label',
    pattern:
      /^(table of contents|contents|in this article|on this page)(\s*[[(]?(show|hide|toggle)[\])]?)?\s*:?$/i,
    reason:
      'the label of a table of contents whose links were removed (WCXB 1396, 4084: "Table of Contents Show")',
  },
  {
    rule: 'extract/more-label',
    pattern: /^(learn more|find out more|see more|show more|view more)\s*[.:»›→]*$/i,
    reason: 'a link label left without its link ("Learn more." after each section, WCXB 4123, 4102)',
  },
  {
    rule: 'extract/page-anchor',
    pattern: /^(top of page|bottom of page|(back|return|scroll|go) to top|skip to (main )?content)$/i,
    reason: 'in-page jump link (Wix writes "top of page" / "bottom of page" anchors as text)',
  },
  {
    rule: 'extract/reading-time',
    pattern: READING_TIME,
    reason: 'reading-time estimate (ScrapingHub 23aaecd1, 3252222e: "Tempo de leitura: 1 minuto")',
  },
  {
    rule: 'extract/timestamp-line',
    pattern:
      /^(first published|last updated|last modified|published on|updated on)\b[^.!?]{0,40}\b(19|20)\d{2}\b.{0,30}$|^posted by:? [^.!?]{1,40} (at|on) [^.!?]{0,30}\b(19|20)\d{2}\b.{0,20}$|^(기사입력|최종수정|입력)\s*:?\s*\[?\s*(19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}.{0,20}$/i,
    reason:
      'publication timestamp line, at the foot as well as the head (ScrapingHub 65408257: "First Published on Nov 20, 2019 01:38 pm"; 0ec95c72: "기사입력 :[ 2019-11-20 10:20 ]"; WCXB 0452: "Posted by David at December 16, 2025 11:15 AM")',
  },
  {
    rule: 'extract/gallery-counter',
    pattern: /^((image|photo|picture|slide|foto|bild)\s+)?\d{1,3}\s+(of|von|de|sur|di)\s+\d{1,3}$/i,
    reason: 'slideshow position counter (ScrapingHub 961bd85c: "1 of 6" under a gallery)',
  },
  {
    rule: 'extract/teaser-label',
    pattern: /^(more|more stories|also|also see|watch|listen)\s*:$/i,
    reason: 'label of a teaser link whose links were removed (ScrapingHub 7916ecca, Al Jazeera: "More:")',
  },
  {
    rule: 'extract/shortcode',
    pattern: /^\[([a-z][\w-]*)(\s[^\]]*)?\].{0,200}\[\/\1\]$|^\[[a-z][\w-]*(\s+[\w-]+=[^\]]*)+\]$/i,
    reason:
      'a WordPress shortcode the site failed to render (ScrapingHub 30b771a4: "[button link=…]…[/button]")',
  },
  {
    rule: 'extract/script-notice',
    pattern: /^this (slideshow|gallery|content|video|player) requires javascript\.?$/i,
    reason: "a widget's no-script notice (WordPress Jetpack slideshows; ScrapingHub 30b771a4)",
  },
  {
    rule: 'extract/app-promo',
    pattern: /^click here to (get|download) the .{2,40} app\.?$|^get .{2,30} on the go by clicking here\.?$/i,
    reason:
      'app download promo (ScrapingHub 7dfc3e35, Fox News; 51374560: "GET FOX BUSINESS ON THE GO BY CLICKING HERE")',
  },
  { rule: 'extract/copyright', pattern: /^(©|copyright\b|\(c\) ?\d{4}).{0,160}$/i, reason: 'copyright line' },
  {
    rule: 'extract/copyright',
    pattern:
      /^(the contents of this site are ©|this document is subject to copyright\.|all rights reserved\.?$).{0,200}$/i,
    reason: 'copyright notice (ScrapingHub 6ebac05f, The Hill; e1c7023e, phys.org)',
  },
];

/**
 * Leading lines that repeat the byline or timestamp already in metadata. A dash joins only a
 * date ("By Tess Bonn - 11/20/19 11:20 AM EST", The Hill, ScrapingHub 156770d6), not a clause.
 */
const BYLINE_LINE =
  /^([Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}\p{L}.'’-]+){0,5}(\s*(,|and|&|\||[-–—](?=\s*\d))\s*.{0,80})?$/u;
// An optional clock time first: AP's "Updated 10:01 pm PST, Tuesday, November 19, 2019" (ScrapingHub 5caf91b8).
const DATE_LINE =
  /^((published|updated|posted|last updated|modified)\s*:?\s*)?(\d{1,2}:\d{2}\s*([ap]\.?m\.?)?\s*([A-Z]{2,4})?,?\s+)?([\w-]+,?\s+)?(\d{1,2}\s+\w+\s+\d{4}|\d{1,2} de [\p{L}]+ de \d{4}|\w+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})([\s,|/•·-]+.{0,60})?$/iu;
/** How many blocks from the top a byline or date line is looked for. */
const HEAD_BLOCKS = 4;
const MAX_FURNITURE_CHARS = 200;

/** Short lines made of several links and separators are navigation ("Home | News"), not prose. */
const LINK_LINE_MAX_WORDS = 8;
const LINK_LINE_COVERAGE = 0.9;

export function linkedChars(block: Block): number {
  if (block.type !== 'paragraph') return 0;
  return (block.marks ?? []).filter((m) => m.kind === 'link').reduce((n, m) => n + m.end - m.start, 0);
}

function isLinkOnlyLine(block: ParagraphBlock): boolean {
  const letters = block.text.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (letters === 0 || block.text.split(/\s+/).length > LINK_LINE_MAX_WORDS) return false;
  // One link alone is a citation or a "full results" pointer; navigation strings several together.
  if ((block.marks ?? []).filter((m) => m.kind === 'link').length < 2) return false;
  return linkedChars(block) >= block.text.replace(/\s*[|·•/]\s*/g, '').length * LINK_LINE_COVERAGE;
}

/** Fewest words of a capitals teaser link: "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'". */
const CAPS_LINK_MIN_WORDS = 4;

/**
 * A paragraph that is one link written in capitals: Fox's inline teaser of another story
 * ("CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM", ScrapingHub
 * 51374560, 7dfc3e35, eb62ac84). Section headings in capitals are not links and stay, and
 * so does a pointer to more of this story ("CLICK FOR FULL STATE SWIM RESULTS", 3ce1c8fd).
 */
function isCapsLink(block: ParagraphBlock): boolean {
  const text = block.text.trim();
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{3}/u.test(text) || /^CLICK\b/.test(text)) return false;
  if (text.split(/\s+/).length < CAPS_LINK_MIN_WORDS) return false;
  return (block.marks ?? []).some((m) => m.kind === 'link' && m.end - m.start >= text.length);
}

function normalizeTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Why a block is furniture (with its rule), or undefined to keep it; `index` is its place in the body. */
export function furnitureVerdict(
  block: Block,
  index: number,
  metadata: Metadata,
): Omit<LineRule, 'pattern'> | undefined {
  if (block.type === 'list' && index < HEAD_BLOCKS && isBylineList(block.items, metadata))
    return { rule: 'extract/byline-list', reason: 'byline, handle and timestamp laid out as a list' };
  if (block.type === 'figure' || block.type === 'list' || block.type === 'table') return undefined;
  const text = block.text.trim();
  if (text.length > MAX_FURNITURE_CHARS) return undefined;
  if (index < HEAD_BLOCKS && metadata.title && normalizeTitle(text) === normalizeTitle(metadata.title)) {
    return { rule: 'extract/repeated-title', reason: 'the headline, already in metadata' };
  }
  if (block.type !== 'paragraph' && block.type !== 'heading') return undefined;
  for (const line of BOILERPLATE_LINES) if (line.pattern.test(text)) return line;
  if (block.type === 'paragraph' && isLinkOnlyLine(block)) {
    return { rule: 'extract/link-only-line', reason: 'a short line made only of links (navigation)' };
  }
  if (block.type === 'paragraph' && isCapsLink(block)) {
    return { rule: 'extract/caps-teaser-link', reason: 'a headline in capitals linking to another story' };
  }
  if (index < HEAD_BLOCKS && (BYLINE_LINE.test(text) || isAuthorLine(text, metadata.authors)))
    return { rule: 'extract/repeated-byline', reason: 'byline repeated in the body' };
  if (index < HEAD_BLOCKS && DATE_LINE.test(text))
    return { rule: 'extract/repeated-date', reason: 'timestamp repeated in the body' };
  return undefined;
}

/**
 * A head list whose every item is a byline, the author's handle, a timestamp or a reading
 * time: CBS Sports' "by Bryan DeArdo / @BryanDeArdo / Nov 18, 2019 at 9:24 pm ET • 2 min
 * read" (ScrapingHub 08f79376, 9a440270). A list of facts in the story has other items.
 */
function isBylineList(items: readonly string[], metadata: Metadata): boolean {
  if (items.length === 0) return false;
  return items.every((raw) => {
    const item = raw.trim();
    if (item.length > MAX_FURNITURE_CHARS) return false;
    return (
      BYLINE_LINE.test(item) ||
      isAuthorLine(item, metadata.authors) ||
      DATE_LINE.test(item) ||
      /^@\w{2,30}$/.test(item) ||
      READING_TIME.test(item)
    );
  });
}

/** Longest line read as "<author>, <their role>" and the longest role or timestamp after the name. */
const AUTHOR_LINE_MAX_CHARS = 100;
const AUTHOR_LINE_MAX_REST = 60;

/**
 * A head line that opens with an author the metadata already holds, followed by no more than a
 * role or a timestamp: "Tom Krisher, Ap Auto Writer" (AP on Hearst sites, ScrapingHub 05844573,
 * aec5deea, db6b0816), "JANIE HARNov. 20, 2019Updated: …" (d0382c0d).
 */
function isAuthorLine(text: string, authors: readonly string[]): boolean {
  if (text.length > AUTHOR_LINE_MAX_CHARS) return false;
  const lower = text.toLowerCase();
  return authors.some((author) => {
    const name = author.toLowerCase();
    if (name.length < 5 || !lower.startsWith(name)) return false;
    const rest = text.slice(name.length);
    return rest.length <= AUTHOR_LINE_MAX_REST && !hasProseWord(rest);
  });
}

/** Words that join names and roles ("Meg Kinnard and Errin Haines", "Writer for The Post"). */
const BYLINE_JOINERS: ReadonlySet<string> = new Set(['and', 'for', 'of', 'the', 'at', 'und', 'et', 'y', 'e']);

/** A lowercase word of two letters or more that joins nothing: the line goes on as a sentence. */
function hasProseWord(rest: string): boolean {
  return rest
    .split(/\s+/)
    .some((word) => /^\p{Ll}{2,}/u.test(word) && !BYLINE_JOINERS.has(word.replace(/\P{L}+$/u, '')));
}
