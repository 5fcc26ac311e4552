import { type ChildNode, Element, type ParentNode, Text } from 'domhandler';

/**
 * The parser's elements and text nodes, built without domhandler's constructors.
 *
 * Why: domhandler 6 declares its node fields as class fields, so one initializer (its base
 * `Node`'s: parent, prev, next, startIndex, endIndex) runs for the nodes of every class.
 * Once five classes have passed through it (Element, Text, Document and the doctype's
 * ProcessingInstruction, then one Comment or CDATA anywhere in the process), V8 turns its
 * property stores megamorphic and every node costs about 0.8 µs instead of 0.07 µs
 * (.bench measurement, 2 M nodes: 150 ms with four classes, 1.5–1.8 s with five). In the
 * extraction core that initializer had grown to a fifth of all CPU time.
 *
 * These constructors set the same own properties in the same order as domhandler's, and their
 * prototypes inherit from domhandler's, so the nodes are domhandler nodes to every reader:
 * `instanceof Element`, the DOM-style getters, `cloneNode`, css-select, dom-serializer.
 */
class ParsedElement {
  parent: ParentNode | null = null;
  prev: ChildNode | null = null;
  next: ChildNode | null = null;
  startIndex: number | null = null;
  endIndex: number | null = null;
  children: ChildNode[] = [];
  name: string;
  attribs: Record<string, string>;
  /** domelementtype's `ElementType` values, which domhandler does not re-export. */
  type: 'tag' | 'script' | 'style';
  namespace: string | undefined = undefined;
  'x-attribsNamespace': Record<string, string> | undefined = undefined;
  'x-attribsPrefix': Record<string, string> | undefined = undefined;

  constructor(name: string, attribs: Record<string, string>) {
    this.name = name;
    this.attribs = attribs;
    // The same rule as domhandler's Element constructor.
    this.type = name === 'script' || name === 'style' ? name : 'tag';
  }
}

class ParsedText {
  parent: ParentNode | null = null;
  prev: ChildNode | null = null;
  next: ChildNode | null = null;
  startIndex: number | null = null;
  endIndex: number | null = null;
  data: string;
  readonly type = 'text';

  constructor(data: string) {
    this.data = data;
  }
}

Object.setPrototypeOf(ParsedElement.prototype, Element.prototype);
Object.setPrototypeOf(ParsedText.prototype, Text.prototype);

/** A domhandler `Element` with no children yet (`new Element(name, attribs)`, without its cost). */
export function createElement(name: string, attribs: Record<string, string>): Element {
  // Sound: the prototype chain above makes every ParsedElement an Element at run time.
  return new ParsedElement(name, attribs) as unknown as Element;
}

/** A domhandler `Text` (`new Text(data)`, without its cost). */
export function createText(data: string): Text {
  return new ParsedText(data) as unknown as Text;
}
