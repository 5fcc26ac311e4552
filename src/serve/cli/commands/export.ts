/** `dateline export --format jsonl|markdown|jsonld`: every stored article, rendered by src/format. */
import { formatArticle } from '../../../format/index.ts';
import type { StoredArticle } from '../../../store/index.ts';
import { type CliIo, EXIT } from '../io.ts';
import type { ExportFormat } from './export-formats.ts';
import { withStore } from './open.ts';

export interface ExportCliOptions {
  db: string;
  format: ExportFormat;
}

/** Articles read per query: bounded memory whatever the size of the store. */
const PAGE_SIZE = 200;

/** How articles are joined in one stream: JSON Lines per line, Markdown and JSON-LD documents apart. */
const SEPARATOR: Readonly<Record<ExportFormat, string>> = {
  jsonl: '\n',
  markdown: '\n\n---\n\n',
  jsonld: '\n',
};

export async function exportCommand(options: ExportCliOptions, io: CliIo): Promise<number> {
  return withStore(options.db, async (store) => {
    let after = 0;
    let first = true;
    for (
      let ids = await store.articleIds(after, PAGE_SIZE);
      ids.length > 0;
      ids = await store.articleIds(after, PAGE_SIZE)
    ) {
      for (const id of ids) {
        const article = await store.getArticle(id);
        if (!article) continue;
        io.stdout.write(`${first ? '' : SEPARATOR[options.format]}${render(article, options.format)}`);
        first = false;
      }
      after = ids[ids.length - 1] as number;
    }
    if (!first && options.format === 'jsonl') io.stdout.write('\n');
    return EXIT.ok;
  });
}

function render(stored: StoredArticle, format: ExportFormat): string {
  const {
    id: _id,
    site: _site,
    contentHash: _hash,
    addedAt: _added,
    duplicateOf: _dup,
    storyId: _story,
    ...article
  } = stored;
  const text = formatArticle(article, format);
  // JSON-LD documents are pretty-printed; one per line keeps the stream splittable.
  return format === 'jsonld' ? JSON.stringify(JSON.parse(text)) : text.replace(/\n+$/, '');
}
