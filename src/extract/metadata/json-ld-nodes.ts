/** Narrowing helpers for JSON-LD, which arrives as `unknown` (DESIGN.md: no `any`). */
import { decodeHTML } from 'entities';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value or array of values as an array. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A non-empty trimmed string, or undefined. */
export function asString(value: unknown): string | undefined {
  // JSON-LD strings are often HTML-escaped twice by CMS templates ("&#038;", "&amp;"); see WCXB 0054.
  if (typeof value === 'string' && value.includes('&')) value = decodeHTML(value);
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > 0 ? flat : undefined;
}

/** The `@type` names of a node, without `schema:` or `https://schema.org/` prefixes. */
export function typesOf(node: JsonObject): string[] {
  return asArray(node['@type'])
    .map(asString)
    .filter((t): t is string => t !== undefined)
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

/** Keys whose object values are nodes in their own right (schema.org nesting seen on pages). */
const NESTING_KEYS = ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart', 'itemReviewed'] as const;

/**
 * Every typed node reachable from the parsed blocks: top-level values, arrays, `@graph`
 * and nested `mainEntity`, in document order. Depth-bounded against pathological nesting.
 */
export function collectNodes(blocks: readonly unknown[]): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6) return;
    for (const item of asArray(value)) {
      if (!isObject(item)) continue;
      if (item['@type'] !== undefined || item['@id'] !== undefined) out.push(item);
      for (const key of NESTING_KEYS) if (item[key] !== undefined) visit(item[key], depth + 1);
    }
  };
  for (const block of blocks) visit(block, 0);
  return out;
}

/** `@id` → node, for resolving `{"@id": "…#author"}` references inside `@graph`. */
export function indexById(nodes: readonly JsonObject[]): Map<string, JsonObject> {
  const index = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = asString(node['@id']);
    // Keep the richest node per id: references like {"@id": x} also carry the id.
    if (id && (!index.has(id) || Object.keys(node).length > Object.keys(index.get(id)!).length)) {
      index.set(id, node);
    }
  }
  return index;
}

/** Follows an `{"@id": …}` reference to its full node when the graph has it. */
export function resolveRef(value: unknown, index: ReadonlyMap<string, JsonObject>): unknown {
  if (!isObject(value)) return value;
  const id = asString(value['@id']);
  if (id && Object.keys(value).length <= 2) return index.get(id) ?? value;
  return value;
}
