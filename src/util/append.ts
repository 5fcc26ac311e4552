/**
 * Appends `items` to `target` in place, one by one. `target.push(...items)` passes every item
 * as an argument, and past about 100 000 of them V8 throws "RangeError: Maximum call stack
 * size exceeded" (bench:robust found it: a 9 MB line of `&quot;` made that many quote
 * messages). Lists that grow with the page — messages, blocks, removed regions, teasers,
 * name runs — are joined with this instead.
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
