import {
  Comment,
  Document,
  type Element,
  type ParentNode,
  ProcessingInstruction,
  type Text,
} from 'domhandler';
import { createElement, createText } from './nodes.ts';
import { SVG_TAG_CASE } from './rules.ts';
import { Context, type OpenName, tagInfo } from './tag-info.ts';

export interface TreeOptions {
  /** Deepest element created; deeper elements are not created and their text joins the one at the cap. */
  maxDepth: number;
  /** Keep comments, every script, styles and SVG (React streaming pages need their markers). */
  keepInert: boolean;
}

/**
 * Builds a domhandler tree from scanner events with the tree-construction rules of
 * htmlparser2's `Parser` (implied end tags, void elements, SVG/MathML contexts, `</p>` and
 * `</br>` quirks, a nested `<form>` ignored), so every extraction heuristic sees the tree it
 * was written against. Differences, all on purpose:
 * - inert markup is never built (unless `keepInert`): comments, `<style>`, `<svg>` and
 *   scripts other than JSON-LD; text around them joins as if they were not there;
 * - elements deeper than `maxDepth` are not created (hostile pages nest 100 000 `<div>`s);
 * - the open-element stack grows at its end and counts open names, so closing is linear
 *   even on hostile nesting (htmlparser2's `unshift` stack made 100 000 `<div>`s cost 12 s).
 */
export class TreeBuilder {
  readonly document = new Document([]);
  /** Elements not created because they sat deeper than `maxDepth`. */
  skipped = 0;
  /** The open elements' names, innermost last. */
  private readonly stack: OpenName[] = [];
  /** The node created for each open name; undefined when none was (too deep, or inert). */
  private readonly nodes: (Element | undefined)[] = [];
  /** One record per distinct tag name of the page. */
  private readonly names = new Map<string, OpenName>();
  private readonly contexts: Context[] = [Context.Html];
  private parent: ParentNode = this.document;
  private depth = 0;
  /** Stack index of the inert element being skipped, or -1. */
  private inertAt = -1;
  private lastText: Text | undefined;

  constructor(private readonly options: TreeOptions) {}

  /** Inside an inert element: nothing is built until it closes. */
  isSkipping(): boolean {
    return this.inertAt >= 0;
  }

  isInForeignContext(): boolean {
    return this.contexts[this.contexts.length - 1] !== Context.Html;
  }

  /** Name as htmlparser2 reads it, from the lower-cased name: SVG case restored, `image` → `img` in HTML. */
  tagName(name: string): string {
    if (this.contexts.length === 1) return name === 'image' ? 'img' : name;
    const context = this.contexts[this.contexts.length - 1];
    if (context === Context.Svg) return SVG_TAG_CASE.get(name) ?? name;
    if (this.contexts.length > 1) {
      const adjusted = SVG_TAG_CASE.get(name);
      if (adjusted !== undefined && (this.names.get(adjusted)?.open ?? 0) > 0) return adjusted;
    }
    if (context === Context.Html && name === 'image') return 'img';
    return name;
  }

  /** The page's record of a tag name: its rules (how the scanner reads its content) and open count. */
  named(name: string): OpenName {
    let tag = this.names.get(name);
    if (tag === undefined) {
      tag = { name, info: tagInfo(name), open: 0 };
      this.names.set(name, tag);
    }
    return tag;
  }

  /**
   * A start tag, its attributes read; `selfClosing` for `/>`, which only SVG and MathML honour.
   * Takes the record from `named()`, which the scanner already looked up for the content mode.
   */
  openTag(tag: OpenName, attribs: Record<string, string>, selfClosing: boolean): void {
    const name = tag.name;
    // The spec ignores a <form> inside an open <form>; its end tag then closes the outer one.
    if (name === 'form' && tag.open > 0) return;
    const closes = tag.info.closes;
    if (closes)
      while (this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1]!.name)) this.pop();
    if (tag.info.isVoid) {
      if (this.addElement(name, attribs)) this.lastText = undefined;
      return;
    }
    this.push(tag, attribs);
    if (selfClosing && this.isInForeignContext() && this.stack[this.stack.length - 1] === tag) this.pop();
  }

  closeTag(name: string): void {
    const tag = this.named(name);
    if (tag.info.isVoid) {
      // `</br>` is read as `<br>` (HTML §13.2.6.4.7); other void end tags are ignored.
      if (name === 'br') this.openTag(this.named('br'), {}, false);
      return;
    }
    if (tag.open > 0) {
      const at = this.stack.lastIndexOf(tag);
      while (this.stack.length > at) this.pop();
    } else if (name === 'p') {
      // A stray `</p>` makes an empty paragraph.
      this.push(tag, {});
      this.pop();
    }
  }

  text(data: string): void {
    if (this.inertAt >= 0 || data.length === 0) return;
    if (this.lastText) {
      this.lastText.data += data;
      return;
    }
    const node = createText(data);
    this.append(node);
    this.lastText = node;
  }

  comment(data: string): void {
    if (!this.options.keepInert || this.inertAt >= 0) return;
    this.append(new Comment(data));
    this.lastText = undefined;
  }

  doctype(name: string, data: string): void {
    if (this.inertAt >= 0) return;
    this.append(new ProcessingInstruction(name, data));
    this.lastText = undefined;
  }

  private push(tag: OpenName, attribs: Record<string, string>): void {
    const index = this.stack.length;
    this.stack.push(tag);
    tag.open++;
    if (tag.info.opens !== undefined) this.contexts.push(tag.info.opens);
    if (this.inertAt < 0 && !this.options.keepInert && isInert(tag.name, attribs)) this.inertAt = index;
    const element = this.addElement(tag.name, attribs);
    this.nodes.push(element);
    if (element) {
      this.parent = element;
      this.depth++;
      this.lastText = undefined;
    }
  }

  private pop(): void {
    const tag = this.stack.pop()!;
    const element = this.nodes.pop();
    tag.open--;
    if (tag.info.opens !== undefined) this.contexts.pop();
    if (this.inertAt === this.stack.length) this.inertAt = -1;
    if (element) {
      this.parent = element.parent ?? this.document;
      this.depth--;
      this.lastText = undefined;
    }
  }

  /** Creates and attaches an element, unless it is inert or too deep (then undefined). */
  private addElement(name: string, attribs: Record<string, string>): Element | undefined {
    if (this.inertAt >= 0) return undefined;
    if (this.depth >= this.options.maxDepth) {
      this.skipped++;
      return undefined;
    }
    const element = createElement(name, attribs);
    this.append(element);
    return element;
  }

  private append(node: Element | Text | Comment | ProcessingInstruction): void {
    const siblings = this.parent.children;
    const previous = siblings[siblings.length - 1];
    siblings.push(node);
    if (previous) {
      node.prev = previous;
      previous.next = node;
    }
    node.parent = this.parent;
  }
}

const JSON_LD = /application\/ld\+json/i;

/** Markup never read as text or metadata: styles, SVG, and scripts other than JSON-LD. */
function isInert(name: string, attribs: Record<string, string>): boolean {
  if (name === 'style' || name === 'svg') return true;
  return name === 'script' && !JSON_LD.test(attribs.type ?? '');
}
