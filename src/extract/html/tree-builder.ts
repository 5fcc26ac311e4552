import { Comment, Document, Element, type ParentNode, ProcessingInstruction, Text } from 'domhandler';
import { HTML_INTEGRATION, OPEN_IMPLIES_CLOSE, SVG_TAG_CASE, VOID_ELEMENTS } from './rules.ts';

/** Which kind of content the innermost open context holds (htmlparser2's ForeignContext). */
enum Context {
  Html = 0,
  Svg = 1,
  MathMl = 2,
}

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
 * - the open-element stack grows at its end and counts names, so closing is linear even
 *   on hostile nesting (htmlparser2's `unshift` stack made 100 000 `<div>`s cost 12 s).
 */
export class TreeBuilder {
  readonly document = new Document([]);
  /** Elements not created because they sat deeper than `maxDepth`. */
  skipped = 0;
  private readonly names: string[] = [];
  /** The node created for each open name; undefined when none was (too deep, or inert). */
  private readonly nodes: (Element | undefined)[] = [];
  private readonly openCount = new Map<string, number>();
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
      if (adjusted !== undefined && this.isOpen(adjusted)) return adjusted;
    }
    if (context === Context.Html && name === 'image') return 'img';
    return name;
  }

  /** A start tag, its attributes read; `selfClosing` for `/>`, which only SVG and MathML honour. */
  openTag(name: string, attribs: Record<string, string>, selfClosing: boolean): void {
    // The spec ignores a <form> inside an open <form>; its end tag then closes the outer one.
    if (name === 'form' && this.isOpen('form')) return;
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (this.names.length > 0 && closes.has(this.names[this.names.length - 1]!)) this.pop();
    if (VOID_ELEMENTS.has(name)) {
      if (this.addElement(name, attribs)) this.lastText = undefined;
      return;
    }
    this.push(name, attribs);
    if (selfClosing && this.isInForeignContext() && this.names[this.names.length - 1] === name) this.pop();
  }

  closeTag(name: string): void {
    if (VOID_ELEMENTS.has(name)) {
      // `</br>` is read as `<br>` (HTML §13.2.6.4.7); other void end tags are ignored.
      if (name === 'br') this.openTag('br', {}, false);
      return;
    }
    if (this.isOpen(name)) {
      const at = this.names.lastIndexOf(name);
      while (this.names.length > at) this.pop();
    } else if (name === 'p') {
      // A stray `</p>` makes an empty paragraph.
      this.push('p', {});
      this.pop();
    }
  }

  text(data: string): void {
    if (this.inertAt >= 0 || data.length === 0) return;
    if (this.lastText) {
      this.lastText.data += data;
      return;
    }
    const node = new Text(data);
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

  private isOpen(name: string): boolean {
    return (this.openCount.get(name) ?? 0) > 0;
  }

  private push(name: string, attribs: Record<string, string>): void {
    const index = this.names.length;
    this.names.push(name);
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
    if (name === 'svg') this.contexts.push(Context.Svg);
    else if (name === 'math') this.contexts.push(Context.MathMl);
    else if (HTML_INTEGRATION.has(name)) this.contexts.push(Context.Html);
    if (this.inertAt < 0 && !this.options.keepInert && isInert(name, attribs)) this.inertAt = index;
    const element = this.addElement(name, attribs);
    this.nodes.push(element);
    if (element) {
      this.parent = element;
      this.depth++;
      this.lastText = undefined;
    }
  }

  private pop(): void {
    const name = this.names.pop()!;
    const element = this.nodes.pop();
    this.openCount.set(name, this.openCount.get(name)! - 1);
    if (name === 'svg' || name === 'math' || HTML_INTEGRATION.has(name)) this.contexts.pop();
    if (this.inertAt === this.names.length) this.inertAt = -1;
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
    const element = new Element(name, attribs);
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
