import type { AnyNode, ChildNode, Element, ParentNode } from 'domhandler';
import { checkPageBudget } from '../../util/page-budget.ts';

/**
 * domelementtype's `ElementType` values, as literals. Why not the enum: in worker threads tsx
 * loads our modules as CommonJS, where `ElementType` comes through htmlparser2's re-export
 * getter; read several times per node, those getters were 4 % of a worker's time (issue 5).
 */
const TAG = 'tag';
const SCRIPT = 'script';
const STYLE = 'style';
const TEXT = 'text';
const ROOT = 'root';

/**
 * Small, iterative DOM helpers over the domhandler tree. Iterative on purpose:
 * pathological pages nest 100 000 elements and recursion would overflow the stack.
 */

export function isElement(node: AnyNode): node is Element {
  return node.type === TAG || node.type === SCRIPT || node.type === STYLE;
}

export function isTextNode(node: AnyNode): node is import('domhandler').Text {
  return node.type === TEXT;
}

/** `class` and `id` joined, lower-cased: the string class/id heuristics look at. */
export function classAndId(element: Element): string {
  const cls = element.attribs.class;
  const id = element.attribs.id;
  if (cls === undefined) return id === undefined ? '' : id.toLowerCase();
  return id === undefined ? cls.toLowerCase() : `${cls} ${id}`.toLowerCase();
}

/** Raw text of a subtree (no whitespace collapsing), iteratively. */
export function rawText(root: AnyNode): string {
  if (isTextNode(root)) return root.data;
  let out = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isTextNode(node)) {
      out += node.data;
    } else if ('children' in node && (node.type === TAG || node.type === ROOT)) {
      const children = (node as ParentNode).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return out;
}

/**
 * The first text of a subtree, stopping once `max` characters are gathered: enough for an
 * excerpt without concatenating a removed region's kilobytes of text.
 */
export function textHead(root: AnyNode, max: number): string {
  if (isTextNode(root)) return root.data.slice(0, max);
  let out = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && out.length < max) {
    const node = stack.pop()!;
    if (isTextNode(node)) {
      out += node.data;
    } else if ('children' in node && (node.type === TAG || node.type === ROOT)) {
      const children = (node as ParentNode).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return out.length > max ? out.slice(0, max) : out;
}

/** Text with whitespace collapsed and trimmed. */
export function normalizedText(root: AnyNode): string {
  return collapseSpace(rawText(root));
}

/**
 * True for text with nothing visible: whitespace and the zero-width characters (ZWSP, ZWNJ, ZWJ,
 * word joiner, BOM, soft hyphen) that `trim()` keeps. Webflow pages hold empty paragraphs of a
 * lone U+200D (WCXB 2035: 278 such lines over the corpus).
 */
export function isBlankText(text: string): boolean {
  return /^[\s\u200B-\u200D\u2060\uFEFF\u00AD]*$/.test(text);
}

export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Visits every element under `root` (pre-order, document order), iteratively. */
export function forEachElement(root: ParentNode, visit: (element: Element) => boolean | undefined): void {
  // Only elements go on the stack: text nodes are about half of a page's nodes.
  const stack: Element[] = [];
  pushElements(stack, root.children);
  while (stack.length > 0) {
    checkPageBudget();
    const element = stack.pop()!;
    // A visitor returning false skips the element's subtree (it may have removed it).
    if (visit(element) === false) continue;
    pushElements(stack, element.children);
  }
}

/** The element children of a node, last first, so that they are popped in document order. */
function pushElements(stack: Element[], children: readonly ChildNode[]): void {
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!;
    if (isElement(child)) stack.push(child);
  }
}

/** All elements with one of the given tag names under root, in document order. */
export function elementsByTag(root: ParentNode, names: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  forEachElement(root, (el) => {
    if (names.has(el.name)) out.push(el);
    return true;
  });
  return out;
}

/** Detaches a node from its parent. */
export function removeNode(node: ChildNode): void {
  const parent = node.parent;
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  if (parent) {
    const index = parent.children.lastIndexOf(node);
    if (index >= 0) parent.children.splice(index, 1);
  }
  node.prev = null;
  node.next = null;
  node.parent = null;
}

/** Depth of an element below the root (iterative). */
export function depthOf(node: AnyNode): number {
  let depth = 0;
  let current = node.parent;
  while (current) {
    depth++;
    current = current.parent;
  }
  return depth;
}

/** Ancestor chain test. */
export function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  let current = node.parent;
  while (current) {
    if (current === ancestor) return true;
    current = current.parent;
  }
  return false;
}

/** Short CSS-like description for explanations, e.g. `div#main.article-body`. */
export function describeNode(element: Element): string {
  const id = element.attribs.id ? `#${element.attribs.id}` : '';
  const cls = element.attribs.class
    ? `.${element.attribs.class.trim().split(/\s+/).slice(0, 3).join('.')}`
    : '';
  return `${element.name}${id}${cls}`.slice(0, 120);
}
