import type { AnyNode, Document, Element, Text } from 'domhandler';
import { checkPageBudget } from '../../util/page-budget.ts';
import { elementsByTag } from '../dom/nodes.ts';
import { type ClassMarks, classMarks, NO_MARKS } from './class-words.ts';
import {
  AUTHOR_HREF,
  BY_LABEL,
  BY_NAME,
  BY_START,
  DATE_SHAPE,
  FOREIGN_TAGS,
  MAIN_CONTENT_ID,
  MAX_BYLINE_CHARS,
  MAX_DATE_SHAPED,
  MAX_FURNITURE_DATES,
  NEVER_FOREIGN_TAGS,
  ORIGINALLY_PUBLISHED,
} from './rules.ts';
import { attr, boundedText, collapse } from './text.ts';

/** A visible element found by the scan, with its position in document order. */
export interface Hit {
  text: string;
  /** Document-order index of the element (for "near the headline"). */
  order: number;
  /** Inside an `<article>` or a header of one. */
  inArticle: boolean;
}

export interface TimeHit extends Hit {
  datetime?: string;
  itemprop?: string;
}

/** Everything metadata needs from the page, gathered in ONE walk of the tree (no mutation). */
export interface PageScan {
  htmlLang?: string;
  titleElement?: string;
  /** `<meta>` contents by lower-cased name/property/itemprop/http-equiv, in document order. */
  meta: Map<string, string[]>;
  /** `<link rel=…>` hrefs by lower-cased rel token. */
  links: Map<string, string[]>;
  jsonLd: string[];
  h1: Hit[];
  /** `<h1>` texts inside furniture: never the headline, but they confirm where a declared title's suffix starts. */
  furnitureH1: string[];
  /** Non-meta elements with `itemprop`, by lower-cased property. */
  itemprops: Map<string, Hit[]>;
  /** `rel=author` links and byline-marked elements outside foreign containers. */
  bylines: Hit[];
  times: TimeHit[];
  /** Short texts of date-marked elements outside foreign containers. */
  dateTexts: Hit[];
  /** Short text nodes shaped like a date ("March 17, 2025", "17.05.2021"), unmarked, outside furniture. */
  dateShaped: Hit[];
  /** Texts that say when the story first appeared ("This article was originally published on 26 Sep 2019…"). */
  originalDates: Hit[];
  /** Date-marked elements inside furniture (asides, sidebars): a last resort next to the headline. */
  furnitureDates: Hit[];
}

/** Per-walk state: the document position, and class marks already read (pages repeat class strings and their tokens). */
interface WalkState {
  order: number;
  marks: Map<string, ClassMarks>;
  tokens: Map<string, number>;
}

interface Context {
  foreign: boolean;
  inArticle: boolean;
}

export function scanPage(document: Document): PageScan {
  const scan: PageScan = {
    meta: new Map(),
    links: new Map(),
    jsonLd: [],
    h1: [],
    furnitureH1: [],
    itemprops: new Map(),
    bylines: [],
    times: [],
    dateTexts: [],
    dateShaped: [],
    originalDates: [],
    furnitureDates: [],
  };
  const counter: WalkState = { order: 0, marks: new Map(), tokens: new Map() };
  walk(document.children, { foreign: false, inArticle: false }, scan, counter);
  return scan;
}

function walk(nodes: AnyNode[], ctx: Context, scan: PageScan, counter: WalkState): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (!ctx.foreign) recordText(node, scan, counter.order, ctx.inArticle);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script') continue;
    counter.order += 1;
    const inner = visit(node, ctx, scan, counter);
    if (inner) walk(node.children, inner, scan, counter);
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Records what `element` tells; returns the context for its children, or undefined to skip them. */
function visit(element: Element, ctx: Context, scan: PageScan, state: WalkState): Context | undefined {
  checkPageBudget();
  if (!visitHead(element, scan)) return undefined;
  const order = state.order;
  const name = element.name;
  // Inside furniture, class words change nothing (everything there stays foreign): not read.
  const marks = ctx.foreign ? NO_MARKS : marksOf(element, state);
  // A <footer> inside an <article> is the article's own (HTML spec: it belongs to its nearest
  // sectioning element) and holds its byline in Genesis-style themes (WCXB 4164).
  // Likewise an <aside> inside an <article>: the spec's content "related to the article", in
  // practice its meta column with byline and date (WCXB 4079, 4645); teaser lists there are
  // still foreign by their class ("related-posts").
  const foreignTag = FOREIGN_TAGS.has(name) && !(ctx.inArticle && (name === 'footer' || name === 'aside'));
  const foreignClass =
    marks.foreign &&
    !NEVER_FOREIGN_TAGS.has(name) &&
    !(marks.footerOnly && ctx.inArticle) &&
    !MAIN_CONTENT_ID.test(element.attribs.id ?? '');
  // An <address> inside an <article> is its author's contact (HTML spec), even in a meta column
  // laid out as an <aside> (The Guardian, WCXB 4370).
  const authorAddress = name === 'address' && ctx.inArticle;
  // <main> is the page's dominant content and may not sit inside an aside, nav or footer
  // (HTML spec, "the main element"): under one, an unclosed furniture tag swallowed the page
  // (`<aside class="announcement-banner">` never closed, WCXB 4459).
  const foreign = !authorAddress && name !== 'main' && (ctx.foreign || foreignTag || foreignClass);
  const inArticle = ctx.inArticle || name === 'article';
  if (element.attribs.itemprop) recordItemprop(element, scan, order, inArticle);
  if (name === 'h1') {
    const text = boundedText(element, 400);
    if (text && !foreign) scan.h1.push({ text, order, inArticle });
    else if (text) scan.furnitureH1.push(text);
  } else if (name === 'time') {
    if (!foreign || element.attribs.itemprop) recordTime(element, scan, order, inArticle);
  } else if (!foreign) {
    recordVisible(element, marks, scan, order, inArticle);
  } else if (scan.furnitureDates.length < MAX_FURNITURE_DATES && marksOf(element, state).date) {
    const text = boundedText(element, MAX_BYLINE_CHARS);
    if (text) scan.furnitureDates.push({ text, order, inArticle });
  }
  if (foreign === ctx.foreign && inArticle === ctx.inArticle) return ctx;
  return { foreign, inArticle };
}

/** What the element's class and id say, read once per distinct string on the page. */
function marksOf(element: Element, state: WalkState): ClassMarks {
  const cls = element.attribs.class;
  const id = element.attribs.id;
  // Only elements with a class or id can be marked; most elements have neither.
  const classId = cls === undefined ? (id ?? '') : id === undefined ? cls : `${cls} ${id}`;
  let marks = state.marks.get(classId);
  if (marks === undefined) {
    marks = classMarks(classId, state.tokens);
    state.marks.set(classId, marks);
  }
  return marks;
}

/** Head-like elements (scripts, metas, links, title): recorded here; false when their content is skipped. */
function visitHead(element: Element, scan: PageScan): boolean {
  switch (element.name) {
    case 'script':
      if (/ld\+json/i.test(element.attribs.type ?? '')) scan.jsonLd.push(rawText(element));
      return false;
    case 'style':
    case 'svg':
    case 'template':
      return false;
    case 'html':
      scan.htmlLang = attr(element, 'lang') ?? attr(element, 'xml:lang');
      return true;
    case 'title':
      scan.titleElement ??= collapse(rawText(element));
      return false;
    case 'meta':
      recordMeta(element, scan);
      return false;
    case 'link':
      recordLink(element, scan);
      return false;
    default:
      return true;
  }
}

function recordTime(element: Element, scan: PageScan, order: number, inArticle: boolean): void {
  const text = boundedText(element, MAX_BYLINE_CHARS) ?? '';
  const { datetime, itemprop } = element.attribs;
  scan.times.push({ text, order, inArticle, datetime: collapse(datetime), itemprop });
}

function recordVisible(
  element: Element,
  marks: ClassMarks,
  scan: PageScan,
  order: number,
  inArticle: boolean,
): void {
  const rel = element.attribs.rel;
  const isAuthorLink = element.name === 'a' && AUTHOR_HREF.test(element.attribs.href ?? '');
  const isAddress = element.name === 'address' && inArticle;
  if (!isAuthorLink && !isAddress && !marks.byline && !marks.date && rel === undefined) return;
  if (isAuthorLink || isAddress || marks.byline || (rel !== undefined && /\bauthor\b/i.test(rel))) {
    const text = boundedText(element, MAX_BYLINE_CHARS);
    if (text) scan.bylines.push({ text, order, inArticle });
  } else if (marks.date) {
    const text = boundedText(element, MAX_BYLINE_CHARS);
    if (text) scan.dateTexts.push({ text, order, inArticle });
  }
}

/** Unmarked bylines and dates in text nodes; cheap checks first so that paragraphs cost nothing. */
function recordText(node: Text, scan: PageScan, order: number, inArticle: boolean): void {
  const data = node.data;
  if (data.length > 24 && data.length < 400 && data.includes('riginally '))
    recordOriginal(data, scan, order, inArticle);
  // Whitespace between tags (most text nodes) and paragraphs are neither bylines nor dates.
  if (data.length < 2 || data.length > 120) return;
  // "Posted on April 13, 2023" starts like a byline but is a date (WCXB 2381).
  if (!(BY_START.test(data) && recordByText(node, scan, order, inArticle))) {
    recordDateShaped(data, scan, order, inArticle);
  }
}

/**
 * "By Jane Doe" as plain text, or a bare "By" label followed by the name in the next
 * element; false when the text is neither ("<span>By</span><span>Daryl Austin</span>", WCXB 4530; "By <a>…</a>").
 */
function recordByText(node: Text, scan: PageScan, order: number, inArticle: boolean): boolean {
  const text = collapse(node.data);
  if (text === undefined) return false;
  if (BY_LABEL.test(text)) {
    const name = labelledText(node) ?? (node.parent ? labelledText(node.parent) : undefined);
    if (name) scan.bylines.push({ text: name, order, inArticle });
    return true;
  }
  if (!BY_NAME.test(text)) return false;
  scan.bylines.push({ text, order, inArticle });
  return true;
}

/**
 * What follows a label: the next element's text, or the next text node
 * ("<strong>Contributors:</strong> Janet Loughrey", WCXB 4701).
 */
function labelledText(node: AnyNode): string | undefined {
  for (let sibling = node.next; sibling; sibling = sibling.next) {
    // Category links (`rel="tag"`) between the label and the name are the post's topics (WCXB 4589).
    if (sibling.type === 'tag' && holdsTagLinks(sibling)) continue;
    if (sibling.type === 'tag') return boundedText(sibling, MAX_BYLINE_CHARS);
    if (sibling.type === 'text' && sibling.data.trim().length > 0) {
      const text = collapse(sibling.data);
      return text && text.length <= MAX_BYLINE_CHARS ? text : undefined;
    }
  }
  return undefined;
}

const LINK: ReadonlySet<string> = new Set(['a']);

/** A link marked `rel="tag"` (HTML's keyword for a link to a tag's page). */
function isTagLink(element: Element): boolean {
  return element.name === 'a' && /(?:^|\s)tag(?:\s|$)/i.test(element.attribs.rel ?? '');
}

/** The element is or holds a tag link. */
function holdsTagLinks(element: Element): boolean {
  return isTagLink(element) || elementsByTag(element, LINK).some(isTagLink);
}

/**
 * The words after "originally published/posted (on)" (WCXB 4565), up to the end of the
 * sentence: "Originally published in March 2022. Last updated on December 20, 2024." must not
 * give the update's date (WCXB 0127).
 */
function recordOriginal(data: string, scan: PageScan, order: number, inArticle: boolean): void {
  const match = ORIGINALLY_PUBLISHED.exec(data);
  if (!match) return;
  const rest = data.slice(match.index + match[0].length, match.index + match[0].length + 60);
  const end = /\.\s+\p{Lu}|[;(]|\b(?:updated|last|and)\b/iu.exec(rest);
  scan.originalDates.push({ text: end ? rest.slice(0, end.index) : rest, order, inArticle });
}

function recordDateShaped(data: string, scan: PageScan, order: number, inArticle: boolean): void {
  if (scan.dateShaped.length >= MAX_DATE_SHAPED || !/\d{4}/.test(data)) return;
  const text = collapse(data);
  if (text && text.length <= 80 && DATE_SHAPE.test(text)) scan.dateShaped.push({ text, order, inArticle });
}

function recordItemprop(element: Element, scan: PageScan, order: number, inArticle: boolean): void {
  const value =
    attr(element, 'content') ?? attr(element, 'datetime') ?? boundedText(element, MAX_BYLINE_CHARS * 2);
  if (!value) return;
  for (const prop of element.attribs.itemprop!.toLowerCase().split(/\s+/)) {
    push(scan.itemprops, prop, { text: value, order, inArticle });
  }
}

function recordMeta(element: Element, scan: PageScan): void {
  const content = attr(element, 'content');
  if (content === undefined) return;
  const keys = [
    element.attribs.name,
    element.attribs.property,
    element.attribs.itemprop,
    element.attribs['http-equiv'],
  ];
  for (const key of keys) if (key) push(scan.meta, key.trim().toLowerCase(), content);
  // Next.js pages that pass their JSON-LD through `metadata.other` print it as a meta
  // (<meta name="script:ld+json" content="{…}">, WCXB 4053): read it as a JSON-LD block.
  if (element.attribs.name === 'script:ld+json') scan.jsonLd.push(content);
}

function recordLink(element: Element, scan: PageScan): void {
  const href = attr(element, 'href');
  if (href === undefined) return;
  for (const rel of (element.attribs.rel ?? '').toLowerCase().split(/\s+/))
    if (rel) push(scan.links, rel, href);
}

/** Raw text of a script/title element (its text children joined). */
function rawText(element: Element): string {
  let out = '';
  for (const child of element.children) if (child.type === 'text') out += child.data;
  return out;
}
