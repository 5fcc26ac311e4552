import type { ChildNode, Element, ParentNode } from 'domhandler';
import { checkPageBudget } from '../../util/page-budget.ts';
import { isRegexSpace } from '../../util/spaces.ts';
import { BLOCK_LEVEL } from '../blocks/block-tags.ts';
import { isElement, isTextNode } from './nodes.ts';

/** Text statistics of one element's subtree. */
export interface Measure {
  /** Non-whitespace-collapsed character count of all text. */
  chars: number;
  /** Characters inside `<a>` elements. */
  linkChars: number;
  /** Count of `<p>` elements (including itself). */
  paragraphs: number;
  /** Count of `<img>` elements. */
  images: number;
  /** Count of `<li>` elements. */
  items: number;
  /** Count of block-level elements in the subtree, itself included. */
  blocks: number;
  /** Characters of text inside `<p>` elements. */
  paragraphChars: number;
  /** Commas (`,` `，` `、`) in the text: Readability's signal of prose. */
  commas: number;
}

export type Measures = Map<Element, Measure>;

/** Commas of prose in any script: `,` and the full-width and ideographic commas. */
export function countCommas(text: string): number {
  let n = 0;
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) n++;
  // Two native searches cost less than a character-class regex on every text node.
  if (text.indexOf('，') < 0 && text.indexOf('、') < 0) return n;
  for (const ch of text) if (ch === '，' || ch === '、') n++;
  return n;
}

/**
 * Length of the text after collapsing whitespace runs to one space and trimming —
 * computed without allocating (this runs on every text node of every page). Counting
 * collapsed characters keeps indentation-heavy markup from looking text-rich.
 */
export function textWeight(text: string): number {
  let count = 0;
  let pendingSpace = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII first: it is most text, and none of it is space.
    if ((code <= 32 || code >= 127) && isRegexSpace(code)) {
      pendingSpace = count > 0;
      continue;
    }
    if (pendingSpace) count++;
    pendingSpace = false;
    count++;
  }
  return count;
}

/**
 * One post-order pass over the tree computing every element's text statistics,
 * so later heuristics never re-walk subtrees (the extractor's budget is ~2 ms/page).
 * Pre-order puts every element after its parent, so walking the list backwards visits
 * children before parents; each finished element adds its counts into its parent's by
 * index, so the pass does one map write per element and no lookups.
 */
export function measureTree(root: ParentNode): Measures {
  const order: Element[] = [];
  const parentOf: number[] = [];
  const stack: ChildNode[] = [];
  const stackParent: number[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) {
    stack.push(root.children[i]!);
    stackParent.push(-1);
  }
  while (stack.length > 0) {
    checkPageBudget();
    const node = stack.pop()!;
    const parent = stackParent.pop()!;
    if (!isElement(node)) continue;
    const index = order.length;
    order.push(node);
    parentOf.push(parent);
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i]!);
      stackParent.push(index);
    }
  }
  const own = order.map(ownMeasure);
  const measures: Measures = new Map();
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    const m = own[i]!;
    if (node.name === 'p') m.paragraphChars = m.chars;
    measures.set(node, m);
    const p = parentOf[i]!;
    if (p >= 0) addInto(own[p]!, m, order[p]!.name === 'a');
  }
  return measures;
}

/** An element's own counts: its name, and the text nodes directly inside it. */
function ownMeasure(node: Element): Measure {
  const isLink = node.name === 'a';
  const m: Measure = {
    chars: 0,
    linkChars: 0,
    paragraphs: node.name === 'p' ? 1 : 0,
    images: node.name === 'img' ? 1 : 0,
    items: node.name === 'li' ? 1 : 0,
    blocks: BLOCK_LEVEL.has(node.name) ? 1 : 0,
    paragraphChars: 0,
    commas: 0,
  };
  for (const child of node.children) {
    if (!isTextNode(child)) continue;
    const n = textWeight(child.data);
    m.commas += countCommas(child.data);
    m.chars += n;
    if (isLink) m.linkChars += n;
  }
  return m;
}

/** A finished child's counts added into its parent's (all text inside a link is link text). */
function addInto(parent: Measure, child: Measure, parentIsLink: boolean): void {
  parent.chars += child.chars;
  parent.linkChars += parentIsLink ? child.chars : child.linkChars;
  parent.paragraphs += child.paragraphs;
  parent.images += child.images;
  parent.items += child.items;
  parent.blocks += child.blocks;
  parent.paragraphChars += child.paragraphChars;
  parent.commas += child.commas;
}

export function linkDensity(m: Measure | undefined): number {
  if (!m || m.chars === 0) return 0;
  return m.linkChars / m.chars;
}

/**
 * Keeps `measures` true when `element` is about to be removed: its counts are
 * subtracted from every ancestor, so no second measuring pass is needed after pruning.
 */
export function forgetMeasured(measures: Measures, element: Element): void {
  const m = measures.get(element);
  if (!m) return;
  let ancestor = element.parent;
  while (ancestor && isElement(ancestor)) {
    const a = measures.get(ancestor);
    if (a) {
      a.chars -= m.chars;
      a.linkChars -= ancestor.name === 'a' ? m.chars : m.linkChars;
      a.paragraphs -= m.paragraphs;
      a.images -= m.images;
      a.items -= m.items;
      a.blocks -= m.blocks;
      a.paragraphChars -= m.paragraphChars;
      a.commas -= m.commas;
    }
    ancestor = ancestor.parent;
  }
  measures.delete(element);
}
