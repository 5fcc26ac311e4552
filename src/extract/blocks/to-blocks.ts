import type { AnyNode, Element } from 'domhandler';
import type { Block, EmbedBlock, ListBlock, QuoteBlock, TableBlock } from '../../model.ts';
import { checkPageBudget } from '../../util/page-budget.ts';
import { linkDensity, type Measures } from '../dom/measure.ts';
import {
  classAndId,
  collapseSpace,
  elementsByTag,
  forEachElement,
  isBlankText,
  isElement,
  isTextNode,
  rawText,
} from '../dom/nodes.ts';
import { BLOCK_LEVEL, EMBED_CLASSES } from './block-tags.ts';
import { imageSource, toFigure } from './figure.ts';
import { InlineBuffer } from './inline.ts';

export interface BlockOptions {
  /** Subtree statistics, used to tell containers from inline wrappers without re-walking. */
  measures: Measures;
  /** Resolves a link or image URL against the page URL; undefined drops unsafe or broken ones. */
  resolve: (href: string) => string | undefined;
  marks: boolean;
  figures: boolean;
}

const HEADING_LEVEL: Readonly<Record<string, 1 | 2 | 3 | 4 | 5 | 6>> = {
  h1: 1,
  h2: 2,
  h3: 3,
  h4: 4,
  h5: 5,
  h6: 6,
};

/** Walks the chosen article region and emits the block model (DESIGN.md "output is a small block model"). */
export function toBlocks(roots: readonly Element[], options: BlockOptions): Block[] {
  const walker = new BlockWalker(options);
  for (const root of roots) walker.container(root);
  return walker.finish();
}

class BlockWalker {
  private readonly blocks: Block[] = [];
  private readonly inline: InlineBuffer;

  constructor(private readonly options: BlockOptions) {
    this.inline = new InlineBuffer(options.resolve);
  }

  finish(): Block[] {
    this.flush();
    return this.blocks;
  }

  /** A flow container: inline runs become paragraphs, block children are dispatched. */
  container(element: Element): void {
    if (!BLOCK_LEVEL.has(element.name) && !hasBlockChild(element, this.options.measures)) {
      this.inline.appendNode(element, this.options.marks);
      return;
    }
    if (this.block(element)) return;
    for (const child of element.children) this.child(child);
    this.flush();
  }

  private child(node: AnyNode): void {
    checkPageBudget();
    if (isTextNode(node)) {
      this.inline.appendText(node.data);
      return;
    }
    if (!isElement(node)) return;
    if (node.name === 'br') {
      // Two breaks in a row separate paragraphs in "div soup" pages.
      if (isBreak(node.next) || isBreak(node.next?.next ?? null)) this.flush();
      else this.inline.appendBreak();
      return;
    }
    if (BLOCK_LEVEL.has(node.name) || hasBlockChild(node, this.options.measures)) this.container(node);
    else this.inline.appendNode(node, this.options.marks);
  }

  private flush(): void {
    if (this.inline.isEmpty) {
      this.inline.take();
      return;
    }
    const { text, marks } = this.inline.take();
    this.blocks.push(marks.length > 0 ? { type: 'paragraph', text, marks } : { type: 'paragraph', text });
  }

  /** Handles elements that map to one block; false means "walk it as a container". */
  private block(element: Element): boolean {
    const name = element.name;
    const level = HEADING_LEVEL[name];
    if (level)
      return this.emit({ type: 'heading', level, text: collapseSpace(textWithout(element, NOTHING)) });
    if (name === 'p') {
      if (hasBlockChild(element, this.options.measures)) return false;
      this.flush();
      for (const child of element.children) this.child(child);
      this.flush();
      return true;
    }
    // A gallery (`<ul>` of `<li><figure>`) is walked, so its images come out as figures.
    if (name === 'ul' || name === 'ol') return isGallery(element) ? false : this.emit(toList(element));
    if (name === 'dl') return this.emit(toDefinitionList(element));
    if (name === 'pre') return this.emit({ type: 'code', text: rawText(element).replace(/^\n+|\s+$/g, '') });
    if (name === 'table') return isLayoutTable(element) ? false : this.emit(toTable(element));
    if (name === 'blockquote') return this.emit(toQuoteOrEmbed(element));
    if (name === 'figure' || name === 'img' || name === 'picture') return this.figure(element);
    if (name === 'hr') return true;
    return false;
  }

  private figure(element: Element): boolean {
    this.flush();
    const quote = element.name === 'figure' ? quotationFigure(element, this.options.measures) : undefined;
    if (quote) return this.emit(quote);
    if (!this.options.figures) return true;
    const figure =
      element.name === 'img'
        ? imageOnly(element, this.options.resolve)
        : toFigure(element, this.options.resolve);
    if (figure) this.blocks.push(figure);
    return true;
  }

  private emit(block: Block | undefined): boolean {
    this.flush();
    if (block && !isEmptyBlock(block)) this.blocks.push(block);
    return true;
  }
}

function isBreak(node: AnyNode | null): boolean {
  return node !== null && isElement(node) && node.name === 'br';
}

/** True when a block-level element sits anywhere below `element` (from the precomputed measures). */
function hasBlockChild(element: Element, measures: Measures): boolean {
  const m = measures.get(element);
  if (!m) return false;
  return m.blocks - (BLOCK_LEVEL.has(element.name) ? 1 : 0) > 0;
}

function isEmptyBlock(block: Block): boolean {
  switch (block.type) {
    case 'list':
      return block.items.length === 0;
    case 'table':
      return block.rows.length === 0;
    case 'figure':
      return false;
    default:
      return isBlankText(block.text);
  }
}

const LIST_ITEM_SKIP: ReadonlySet<string> = new Set(['ul', 'ol', 'figure']);

/**
 * A list whose items are figures and nothing else: a photo gallery, not a list. Phys.org's
 * `ul.article-gallery` put each photo's caption into the body as a list item (ScrapingHub
 * e1c7023e).
 */
function isGallery(list: Element): boolean {
  let figures = 0;
  let words = false;
  for (const item of list.children) {
    if (!isElement(item) || item.name !== 'li') continue;
    if (elementsByTag(item, FIGURE).length > 0) figures++;
    if (!isBlankText(textWithout(item, LIST_ITEM_SKIP))) words = true;
  }
  return figures > 0 && !words;
}

const FIGURE: ReadonlySet<string> = new Set(['figure']);

function toList(element: Element): ListBlock {
  const items: string[] = [];
  forEachElement(element, (child) => {
    if (child.name !== 'li') return true;
    // Nested lists become their own items, after their parent item's own text; a photo's
    // caption is no item text.
    const own = collapseSpace(textWithout(child, LIST_ITEM_SKIP));
    if (!isBlankText(own)) items.push(own);
    return true;
  });
  return { type: 'list', ordered: element.name === 'ol', items };
}

function toDefinitionList(element: Element): ListBlock {
  const items: string[] = [];
  forEachElement(element, (child) => {
    if (child.name !== 'dt' && child.name !== 'dd') return true;
    const text = collapseSpace(textWithout(child, NOTHING));
    if (text) items.push(text);
    return false;
  });
  return { type: 'list', ordered: false, items };
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * Text of an element without the `skip` subtrees. Block-level children and `<br>` are set off
 * by spaces; inline ones are not, so "<a>codes</a>," stays "codes," (WCXB 0355, 1821).
 */
function textWithout(element: Element, skip: ReadonlySet<string>): string {
  let out = '';
  for (const child of element.children) {
    if (isTextNode(child)) out += child.data;
    else if (!isElement(child) || skip.has(child.name)) continue;
    else if (child.name === 'br') out += ' ';
    else if (BLOCK_LEVEL.has(child.name)) out += ` ${textWithout(child, skip)} `;
    else out += textWithout(child, skip);
  }
  return out;
}

/** A table used for page layout (cells holding paragraphs or long prose) is walked, not tabulated. */
function isLayoutTable(table: Element): boolean {
  let layout = false;
  forEachElement(table, (child) => {
    if (child.name === 'table' && child !== table) return false;
    if (child.name === 'p' || child.name === 'div' || child.name === 'blockquote') layout = true;
    return !layout;
  });
  return layout;
}

function toTable(table: Element): TableBlock {
  const rows: string[][] = [];
  let header = false;
  forEachElement(table, (child) => {
    if (child.name === 'table' && child !== table) return false;
    if (child.name !== 'tr') return true;
    const cells: string[] = [];
    for (const cell of child.children) {
      if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      cells.push(collapseSpace(textWithout(cell, NOTHING)));
      if (rows.length === 0 && cell.name === 'th') header = true;
    }
    if (cells.some((c) => c.length > 0)) rows.push(cells);
    return false;
  });
  return { type: 'table', rows, header };
}

function toQuoteOrEmbed(element: Element): QuoteBlock | EmbedBlock {
  const names = classAndId(element);
  const embed = EMBED_CLASSES.find((e) => e.pattern.test(names));
  const text = blockText(element);
  if (embed) {
    const block: EmbedBlock = { type: 'embed', text, provider: embed.provider };
    const link = findLastLink(element);
    if (link) block.url = link;
    return block;
  }
  return { type: 'quote', text };
}

const PICTURE_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'video', 'iframe', 'svg']);

/**
 * A `<figure>` of a `<blockquote>` and a `<figcaption>` naming who said it — the HTML
 * standard's pattern for a quotation with its attribution (WHATWG HTML §4.4.12) — is a
 * quote, not a picture: pull quotes and testimonials (WCXB 0041 lost all eleven of its
 * quotes, the caption alone kept as a figure). An embedded post in a figure is an embed, as
 * anywhere else. A figure with an image stays a figure, and so does a blockquote that is
 * only a link (imgur's "View post on imgur.com" placeholder, WCXB 4682).
 */
function quotationFigure(element: Element, measures: Measures): Block | undefined {
  let quote: Element | undefined;
  let caption: Element | undefined;
  let picture = false;
  forEachElement(element, (child) => {
    if (PICTURE_TAGS.has(child.name)) picture = true;
    else if (child.name === 'blockquote') quote ??= child;
    else if (child.name === 'figcaption') caption ??= child;
    return child.name !== 'blockquote' && child.name !== 'figcaption';
  });
  if (picture || quote === undefined || linkDensity(measures.get(quote)) > 0.5) return undefined;
  const block = toQuoteOrEmbed(quote);
  if (block.type !== 'quote') return block;
  const cite = caption ? collapseSpace(rawText(caption)) : '';
  if (cite) block.cite = cite;
  return block;
}

/** Multi-paragraph text with paragraph breaks kept as newlines. */
function blockText(element: Element): string {
  const buffer = new InlineBuffer(() => undefined);
  const parts: string[] = [];
  for (const child of element.children) {
    if (isElement(child) && BLOCK_LEVEL.has(child.name)) {
      if (!buffer.isEmpty) parts.push(buffer.take().text);
      const text = collapseSpace(textWithout(child, NOTHING));
      if (text) parts.push(text);
    } else buffer.appendNode(child, false);
  }
  if (!buffer.isEmpty) parts.push(buffer.take().text);
  return parts.join('\n');
}

function findLastLink(element: Element): string | undefined {
  let href: string | undefined;
  forEachElement(element, (child) => {
    if (child.name === 'a' && child.attribs.href?.startsWith('http')) href = child.attribs.href;
    return true;
  });
  return href;
}

function imageOnly(img: Element, resolve: (href: string) => string | undefined): Block | undefined {
  const src = imageSource(img);
  if (!src) return undefined;
  const alt = img.attribs.alt?.trim();
  return alt
    ? { type: 'figure', src: resolve(src) ?? src, alt }
    : { type: 'figure', src: resolve(src) ?? src };
}
