import type { Extracted, Figure, Structured } from '../model.ts';
import type { Options } from '../options.ts';

/** PLACEHOLDER until the structure stage lands: figures only. */
export function structure(doc: Extracted, _options: Options): Structured {
  const figures: Figure[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'figure')
      figures.push({ src: block.src, alt: block.alt, caption: block.caption, credit: block.credit });
  }
  return { ...doc, dateline: null, credits: [], figures, teasers: [] };
}
