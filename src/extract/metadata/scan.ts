import type { AnyNode, Document, Element } from 'domhandler';
import {
  BYLINE_MARK,
  BYLINE_NOISE,
  DATE_MARK,
  FOREIGN_CONTAINER,
  FOREIGN_TAGS,
  MAX_BYLINE_CHARS,
  NEVER_FOREIGN_TAGS,
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
  /** Non-meta elements with `itemprop`, by lower-cased property. */
  itemprops: Map<string, Hit[]>;
  /** `rel=author` links and byline-marked elements outside foreign containers. */
  bylines: Hit[];
  times: TimeHit[];
  /** Short texts of date-marked elements outside foreign containers. */
  dateTexts: Hit[];
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
    itemprops: new Map(),
    bylines: [],
    times: [],
    dateTexts: [],
  };
  const counter = { order: 0 };
  walk(document.children, { foreign: false, inArticle: false }, scan, counter);
  return scan;
}

function walk(nodes: AnyNode[], ctx: Context, scan: PageScan, counter: { order: number }): void {
  for (const node of nodes) {
    if (node.type !== 'tag' && node.type !== 'script') continue;
    counter.order += 1;
    const inner = visit(node, ctx, scan, counter.order);
    if (inner) walk(node.children, inner, scan, counter);
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Records what `element` tells; returns the context for its children, or undefined to skip them. */
function visit(element: Element, ctx: Context, scan: PageScan, order: number): Context | undefined {
  const name = element.name;
  switch (name) {
    case 'script':
      if (/ld\+json/i.test(element.attribs.type ?? '')) scan.jsonLd.push(rawText(element));
      return undefined;
    case 'style':
    case 'svg':
    case 'template':
      return undefined;
    case 'html':
      scan.htmlLang = attr(element, 'lang') ?? attr(element, 'xml:lang');
      break;
    case 'title':
      scan.titleElement ??= collapse(rawText(element));
      return undefined;
    case 'meta':
      recordMeta(element, scan);
      return undefined;
    case 'link':
      recordLink(element, scan);
      return undefined;
  }
  const classId = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`;
  const foreign =
    ctx.foreign ||
    FOREIGN_TAGS.has(name) ||
    (!NEVER_FOREIGN_TAGS.has(name) && FOREIGN_CONTAINER.test(classId));
  const inArticle = ctx.inArticle || name === 'article';
  const hit = (text: string): Hit => ({ text, order, inArticle });
  if (element.attribs.itemprop) recordItemprop(element, scan, hit);
  if (name === 'h1') {
    const text = boundedText(element, 400);
    if (text && !foreign) scan.h1.push(hit(text));
  } else if (name === 'time') {
    const text = boundedText(element, MAX_BYLINE_CHARS) ?? '';
    if (!foreign || element.attribs.itemprop) {
      scan.times.push({
        ...hit(text),
        datetime: attr(element, 'datetime'),
        itemprop: element.attribs.itemprop,
      });
    }
  } else if (!foreign) {
    recordVisible(element, classId, scan, hit);
  }
  return { foreign, inArticle };
}

function recordVisible(element: Element, classId: string, scan: PageScan, hit: (t: string) => Hit): void {
  const rel = element.attribs.rel ?? '';
  const isByline = /\bauthor\b/i.test(rel) || (BYLINE_MARK.test(classId) && !BYLINE_NOISE.test(classId));
  if (isByline) {
    const text = boundedText(element, MAX_BYLINE_CHARS);
    if (text) scan.bylines.push(hit(text));
  } else if (DATE_MARK.test(classId)) {
    const text = boundedText(element, MAX_BYLINE_CHARS);
    if (text) scan.dateTexts.push(hit(text));
  }
}

function recordItemprop(element: Element, scan: PageScan, hit: (t: string) => Hit): void {
  const value =
    attr(element, 'content') ?? attr(element, 'datetime') ?? boundedText(element, MAX_BYLINE_CHARS * 2);
  if (!value) return;
  for (const prop of element.attribs.itemprop!.toLowerCase().split(/\s+/))
    push(scan.itemprops, prop, hit(value));
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
