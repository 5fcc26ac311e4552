import type { Element } from 'domhandler';
import { EXCERPT_SOURCE_CHARS, shortExcerpt } from '../messages.ts';
import type { Removal } from '../model.ts';
import { forgetMeasured, linkDensity, type Measures } from './dom/measure.ts';
import { describeNode, forEachElement, isElement, isTextNode, removeNode, textHead } from './dom/nodes.ts';
import { isEmbedWrapper } from './embed-wrapper.ts';
import { classWeight } from './score.ts';

/** Containers judged by their content once the article region is chosen (Readability's cleanConditionally). */
const CONDITIONAL_TAGS: ReadonlySet<string> = new Set([
  'div',
  'section',
  'ul',
  'ol',
  'table',
  'form',
  'header',
  'dl',
  'span',
]);

/** Text, mostly unlinked, that a negatively named container must hold to be kept. */
const NEGATIVE_CLASS_KEEP_CHARS = 1500;

/** Share of the region's text above which a container is never cleaned away. */
const CORE_SHARE = 0.5;

interface Verdict {
  rule: string;
  reason: string;
}

/** Why a container inside the article is boilerplate, or undefined to keep it. */
function judge(element: Element, measures: Measures): Verdict | undefined {
  const m = measures.get(element);
  if (!m) return undefined;
  const weight = classWeight(element);
  const density = linkDensity(m);
  // A long run of plain text is content whatever its class says ("cda-media-block-wrapper"
  // holding a checklist of lists and tables, WCXB 4184).
  if (
    weight < 0 &&
    m.paragraphs < 3 &&
    !(m.chars >= NEGATIVE_CLASS_KEEP_CHARS && density < 0.2) &&
    !isEmbedWrapper(element, (e) => measures.get(e))
  ) {
    return {
      rule: 'extract/negative-class',
      reason: 'class/id marks boilerplate and it holds few paragraphs',
    };
  }
  if (m.chars === 0) return undefined;
  // Walks the subtree: asked only of link-dense containers.
  if (density > 0.33 && isAnchorHeading(element, measures)) return undefined;
  const isList = element.name === 'ul' || element.name === 'ol';
  if (density > 0.5 && m.chars < 2000)
    return { rule: 'extract/link-dense', reason: `${Math.round(density * 100)}% of its text is links` };
  if (!isList && weight < 25 && density > 0.33 && m.paragraphs < 2) {
    return { rule: 'extract/link-dense', reason: `${Math.round(density * 100)}% links and no paragraphs` };
  }
  if (!isList && m.items > m.paragraphs * 2 + 4 && density > 0.2) {
    return { rule: 'extract/link-list', reason: 'a list of links rather than prose' };
  }
  if (m.images > 2 && m.paragraphs * 2 < m.images && m.chars < m.images * 40) {
    return { rule: 'extract/image-gallery', reason: 'more images than text' };
  }
  return undefined;
}

const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A section heading written as a link to itself (`<div id="x"><h2><a href="#x">…</a></h2></div>`,
 * the "jump link" of CMS headings, WCXB 4193): all of its text is one heading and every
 * link in it stays on the page, so its link density says nothing. A teaser's heading links
 * to another page and is still judged; a table of contents is a list, not a heading.
 */
function isAnchorHeading(element: Element, measures: Measures): boolean {
  const chars = measures.get(element)?.chars ?? 0;
  let heading: Element | undefined;
  let offPage = false;
  forEachElement(element, (e) => {
    if (e.name === 'a' && !(e.attribs.href ?? '').startsWith('#')) offPage = true;
    if (heading === undefined && HEADINGS.has(e.name)) heading = e;
    return !offPage;
  });
  if (heading === undefined && HEADINGS.has(element.name)) heading = element;
  return !offPage && heading !== undefined && (measures.get(heading)?.chars ?? 0) === chars;
}

/**
 * A `<span>` inside a sentence is part of that sentence, however much of it is a link: Gizmodo
 * wraps each inline link in a span, and cleaning them left "The big iFixit teardown is done,
 * and . The new…" (ScrapingHub 5fa5679d, 7bb1ca90). Inside a sentence: next to its words, or
 * in a paragraph, item or cell (link-only lines there are the post-filter's to judge). Measured
 * against also judging spans that fill their item: better on both corpora.
 */
function isRunningText(element: Element): boolean {
  if (element.name !== 'span') return false;
  for (const sibling of [element.prev, element.next]) {
    if (sibling && isTextNode(sibling) && sibling.data.trim().length > 0) return true;
  }
  // Rich-text editors wrap the span in inline formatting (`<p>… <u><span><a>good fit for
  // solar</a></span></u> …`, WCXB 4193): the block that holds the sentence is further up.
  let parent = element.parent;
  while (parent !== null && isElement(parent) && INLINE_WRAPPERS.has(parent.name)) parent = parent.parent;
  return parent !== null && isElement(parent) && TEXT_BLOCKS.has(parent.name);
}

/**
 * Formatting a rich-text editor puts around a span without leaving the sentence. Not `span`:
 * a span in a span is a widget of its own (The Hill's people rollover cards, ScrapingHub
 * 6ebac05f, hold a photo and teaser links inside the name's span).
 */
const INLINE_WRAPPERS: ReadonlySet<string> = new Set([
  'u',
  'b',
  'i',
  'em',
  'strong',
  'font',
  'mark',
  'small',
]);

const TEXT_BLOCKS: ReadonlySet<string> = new Set([
  'p',
  'li',
  'blockquote',
  'dd',
  'td',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** Removes boilerplate containers inside the chosen region (mutates it). */
export function cleanRoots(roots: readonly Element[], measures: Measures): Removal[] {
  const removed: Removal[] = [];
  for (const root of roots) {
    const rootChars = measures.get(root)?.chars ?? 0;
    forEachElement(root, (element) => {
      // Figures are judged by the block builder (caption and credit are kept apart, not cleaned away).
      if (element.name === 'figure') return false;
      if (!CONDITIONAL_TAGS.has(element.name) || isRunningText(element)) return true;
      // A container holding most of the region is the article itself, however many links its
      // list items carry (WCXB 0022: a ranked list of schools, each name a link).
      const verdict = judge(element, measures);
      if (!verdict) return true;
      const isCore = (measures.get(element)?.chars ?? 0) >= rootChars * CORE_SHARE;
      if (isCore && verdict.rule !== 'extract/negative-class') return true;
      removed.push({
        ...verdict,
        node: describeNode(element),
        excerpt: shortExcerpt(textHead(element, EXCERPT_SOURCE_CHARS)),
        chars: measures.get(element)?.chars ?? 0,
      });
      forgetMeasured(measures, element);
      removeNode(element);
      return false;
    });
  }
  return removed;
}
