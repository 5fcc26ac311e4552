import type { Block } from '../model.ts';
import { blockText } from '../util/layout.ts';

/**
 * Responsive page builders (Framer, Webflow, Elementor) render a section once per breakpoint and
 * let CSS show one, so without styles the body carries two or three copies of the same run of
 * blocks (WCXB 0355: a whole cost guide three times). A later run that repeats an earlier one
 * block for block is such a copy. A single short line said twice ("Read more", a repeated
 * pull quote) is not: a copy must be long, in blocks or in characters.
 */
const MIN_RUN_BLOCKS = 3;
const MIN_RUN_CHARS = 200;
/**
 * A copy follows its original (the breakpoint variants are siblings); the same run far
 * apart is the page saying it twice (ScrapingHub 5f03fc17: two meal plans share their
 * supplement steps).
 */
const MAX_GAP_BLOCKS = 2;
/** One block this long, repeated exactly, is a copy on its own. */
const MIN_SINGLE_CHARS = 400;

function blockKey(block: Block): string {
  return block.type === 'figure'
    ? `figure ${block.src ?? ''} ${block.caption ?? ''}`
    : `${block.type} ${blockText(block) ?? ''}`;
}

/** Indices of blocks that repeat an earlier run of blocks, in order. */
export function repeatedRunIndices(blocks: readonly Block[]): number[] {
  const keys = blocks.map(blockKey);
  // The latest earlier occurrence: a third copy repeats the second at the same distance.
  const lastAt = new Map<string, number>();
  const dropped: number[] = [];
  let copyOffset = -1;
  let i = 0;
  while (i < blocks.length) {
    const key = keys[i] as string;
    const j = lastAt.get(key);
    if (j === undefined) {
      lastAt.set(key, i);
      i++;
      continue;
    }
    let length = 0;
    let chars = 0;
    while (i + length < blocks.length && j + length < i && keys[i + length] === keys[j + length]) {
      chars += (keys[i + length] as string).length;
      length++;
    }
    const long = (length >= MIN_RUN_BLOCKS && chars >= MIN_RUN_CHARS) || chars >= MIN_SINGLE_CHARS;
    // A copy that differs in a block goes on after it at the same distance from its original.
    const continues = i - j === copyOffset;
    const isCopy = continues || (long && i - (j + length) <= MAX_GAP_BLOCKS);
    if (!isCopy) {
      lastAt.set(key, i);
      i++;
      continue;
    }
    for (let k = 0; k < length; k++) {
      dropped.push(i + k);
      lastAt.set(keys[i + k] as string, i + k);
    }
    copyOffset = i - j;
    i += length;
  }
  return dropped;
}
