import type { ChildNode, Document, Element } from 'domhandler';
import { forEachElement, isTextNode, removeNode } from './nodes.ts';

/**
 * React 18 streaming SSR sends each Suspense boundary's content late, as
 * `<div hidden id="S:1">…</div><script>$RC("B:1","S:1")</script>`, and script moves it to
 * where `<template id="B:1">` stands. Without script the article sits hidden at the end
 * of the page, in pieces (WCXB 4503, 0155, 4053). This replays those moves on the tree.
 */
const COMPLETE_BOUNDARY = /\$RC\(\s*"([^"]+)"\s*,\s*"([^"]+)"/g;

/** Moves streamed segments into their boundaries; returns how many were moved. */
export function replayReactStreaming(document: Document): number {
  const scripts: string[] = [];
  const byId = new Map<string, Element>();
  forEachElement(document, (element) => {
    const id = element.attribs.id;
    if (id !== undefined && (element.name === 'template' || element.name === 'div') && /^[BS]:/.test(id))
      byId.set(id, element);
    if (element.name === 'script') {
      const text = element.children.map((c) => (isTextNode(c) ? c.data : '')).join('');
      if (text.includes('$RC(')) scripts.push(text);
      return false;
    }
    return true;
  });
  let moved = 0;
  for (const script of scripts) {
    for (const match of script.matchAll(COMPLETE_BOUNDARY)) {
      const boundary = byId.get(match[1]!);
      const segment = byId.get(match[2]!);
      if (!boundary?.parent || !segment || boundary.name !== 'template') continue;
      insertBefore(boundary, [...segment.children]);
      removeFallback(boundary);
      removeNode(boundary);
      removeNode(segment);
      moved++;
    }
  }
  return moved;
}

function insertBefore(anchor: Element, nodes: ChildNode[]): void {
  const parent = anchor.parent!;
  const index = parent.children.indexOf(anchor);
  for (const node of nodes) {
    node.parent = parent;
  }
  // Not splice(index, 0, ...nodes): a hidden tree can have more nodes than a call takes arguments.
  parent.children = [...parent.children.slice(0, index), ...nodes, ...parent.children.slice(index)];
  // Re-link siblings of the whole child list (cheap: one parent).
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    children[i]!.prev = children[i - 1] ?? null;
    children[i]!.next = children[i + 1] ?? null;
  }
}

/** Drops the boundary's fallback ("Loading…") between the template and the `<!--/$-->` comment. */
function removeFallback(boundary: Element): void {
  let node = boundary.next;
  while (node && !(node.type === 'comment' && (node as { data: string }).data === '/$')) {
    const next: ChildNode | null = node.next;
    removeNode(node);
    node = next;
  }
}
