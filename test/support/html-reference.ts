import type { AnyNode, ChildNode, Document, ParentNode } from 'domhandler';
import { DomHandler, isTag, isText } from 'domhandler';
import { Parser } from 'htmlparser2';

/**
 * The reference our HTML reader (src/extract/html/) must reproduce: htmlparser2 12 +
 * domhandler 6, as extraction used them, with the inert markup the reader never builds
 * (comments, styles, SVG, scripts other than JSON-LD) taken out and the text around it
 * joined, as the old pre-parse strip did. `keepInert` keeps htmlparser2's tree whole.
 */
export function referenceTree(html: string, keepInert: boolean): Document {
  const handler = new DomHandler(undefined, { withStartIndices: false, withEndIndices: false });
  new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html);
  if (!keepInert) dropInert(handler.root);
  return handler.root;
}

const JSON_LD = /application\/ld\+json/i;

function isInert(node: ChildNode): boolean {
  if (node.type === 'comment') return true;
  if (!isTag(node)) return false;
  const el = node;
  if (el.name === 'style' || el.name === 'svg') return true;
  return el.name === 'script' && !JSON_LD.test(el.attribs.type ?? '');
}

function dropInert(parent: ParentNode): void {
  const kept: ChildNode[] = [];
  for (const child of parent.children) {
    if (isInert(child)) continue;
    const last = kept[kept.length - 1];
    if (isText(child) && last && isText(last)) {
      last.data += child.data;
      continue;
    }
    kept.push(child);
    if ('children' in child) dropInert(child as ParentNode);
  }
  parent.children = kept;
}

/** A canonical one-line-per-node dump: names, attributes in order, text, nesting. */
export function dumpTree(root: AnyNode): string {
  const out: string[] = [];
  const walk = (node: AnyNode, depth: number): void => {
    const pad = ' '.repeat(Math.min(depth, 60));
    if (isText(node)) out.push(`${pad}#text ${JSON.stringify(node.data)}`);
    else if (node.type === 'comment')
      out.push(`${pad}#comment ${JSON.stringify((node as { data: string }).data)}`);
    else if (node.type === 'directive')
      out.push(`${pad}#pi ${JSON.stringify((node as { name: string; data: string }).data)}`);
    else if ('name' in node) out.push(`${pad}<${node.name} ${JSON.stringify(node.attribs)} ${node.type}>`);
    if ('children' in node) for (const child of (node as ParentNode).children) walk(child, depth + 1);
  };
  walk(root, 0);
  return out.join('\n');
}
