/**
 * A minimal XML tree + serializer for the TEI output. Text and attribute values are
 * escaped, and characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone
 * surrogates, U+FFFE/U+FFFF; XML 1.0 §2.2 "Char") are stripped, since a single one
 * makes the whole document unreadable to any XML parser.
 */

export interface XmlElement {
  tag: string;
  attrs: Record<string, string | undefined>;
  children: XmlChild[];
}
export type XmlChild = XmlElement | string;

/** Builds an element; `undefined`/empty-string children are dropped. */
export function el(
  tag: string,
  attrs: Record<string, string | undefined> = {},
  ...children: (XmlChild | undefined)[]
): XmlElement {
  return elOf(tag, attrs, children);
}

/**
 * `el` with the children as one array: for lists that grow with the page (list items, table
 * rows, inline runs, entities). Spread into `el(...)`, more than about 100 000 of them throw
 * "RangeError: Maximum call stack size exceeded" (a list of 300 000 items did).
 */
export function elOf(
  tag: string,
  attrs: Record<string, string | undefined>,
  children: readonly (XmlChild | undefined)[],
): XmlElement {
  return { tag, attrs, children: children.filter((c): c is XmlChild => c !== undefined && c !== '') };
}

const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters that are not allowed anywhere in an XML 1.0 document. */
export function stripIllegalXml(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

/** Escapes character data (`&`, `<`, `>`, the latter for `]]>`), after stripping illegal characters. */
export function escapeXmlText(text: string): string {
  return stripIllegalXml(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value for double quotes; tab/CR/LF as references so parsers keep them. */
export function escapeXmlAttr(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function openTag(node: XmlElement): string {
  let out = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value !== undefined) out += ` ${name}="${escapeXmlAttr(value)}"`;
  }
  return out;
}

function inline(node: XmlChild): string {
  if (typeof node === 'string') return escapeXmlText(node);
  if (node.children.length === 0) return `${openTag(node)}/>`;
  return `${openTag(node)}>${node.children.map(inline).join('')}</${node.tag}>`;
}

/**
 * Pretty-prints element-only content with two-space indentation. An element holding any
 * text, or named in `textContainers` (mixed-content elements such as `p`), is written on
 * one line exactly as is: whitespace added inside mixed content would change the text.
 */
export function serializeXml(node: XmlElement, textContainers: ReadonlySet<string>, depth = 0): string {
  const pad = '  '.repeat(depth);
  const mixed = textContainers.has(node.tag) || node.children.some((c) => typeof c === 'string');
  if (mixed || node.children.length === 0) return `${pad}${inline(node)}`;
  const inner = node.children.map((c) => serializeXml(c as XmlElement, textContainers, depth + 1)).join('\n');
  return `${pad}${openTag(node)}>\n${inner}\n${pad}</${node.tag}>`;
}
