/** The formats `dateline export` writes: a stream of articles must stay splittable. */
export const EXPORT_FORMATS = ['jsonl', 'markdown', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
