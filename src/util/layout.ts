import type { Block } from '../model.ts';
import { checkPageBudget } from './page-budget.ts';

/** Plain text of one block as it appears in the article text (figures have none). */
export function blockText(block: Block): string | undefined {
  switch (block.type) {
    case 'figure':
      return undefined;
    case 'list':
      return block.items.join('\n');
    case 'table':
      return block.rows.map((row) => row.join('\t')).join('\n');
    case 'quote':
      // The attribution is part of what the page says, on its own line after the quote.
      return block.cite ? `${block.text}\n${block.cite}` : block.text;
    default:
      return block.text;
  }
}

/**
 * Lays blocks out as the article text: non-figure blocks joined by `\n`, each block
 * given the `span` of its text. Returns new blocks; the input is not mutated.
 */
export function layoutBlocks(blocks: readonly Block[]): { blocks: Block[]; text: string } {
  const parts: string[] = [];
  const out: Block[] = [];
  let offset = 0;
  for (const block of blocks) {
    checkPageBudget();
    const text = blockText(block);
    if (text === undefined || text.length === 0) {
      const { span: _drop, ...rest } = block;
      out.push(rest as Block);
      continue;
    }
    if (parts.length > 0) offset += 1;
    out.push({ ...block, span: { start: offset, end: offset + text.length } });
    parts.push(text);
    offset += text.length;
  }
  return { blocks: out, text: parts.join('\n') };
}
