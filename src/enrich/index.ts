import type { Enriched, Structured } from '../model.ts';
import type { Options } from '../options.ts';

/** PLACEHOLDER until the enrich stage lands. */
export function enrich(doc: Structured, _options: Options): Enriched {
  return { ...doc, quotes: [], attributions: [], entities: [], dates: [] };
}
