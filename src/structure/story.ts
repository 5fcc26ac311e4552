import { message } from '../messages.ts';
import type { Block, Credit, Dateline, Figure, Message } from '../model.ts';
import { checkPageBudget } from '../util/page-budget.ts';
import { captionParagraph, figureCreditParagraph, refineFigure } from './figures.ts';
import { parseTrailer, splitGluedTrailer } from './trailers.ts';

/** The main story's parts once captions and trailers are taken out. */
export interface StoryParts {
  blocks: Block[];
  figures: Figure[];
  photoCredits: Credit[];
  trailerCredits: Credit[];
  messages: Message[];
}

const STAGE = 'structure' as const;

/**
 * Takes figures (refined), caption paragraphs and trailer credits out of the story's
 * blocks; what remains is the body. Input blocks are not mutated.
 */
export function splitStory(blocks: readonly Block[]): StoryParts {
  const parts: StoryParts = { blocks: [], figures: [], photoCredits: [], trailerCredits: [], messages: [] };
  const lastParagraph = blocks.findLastIndex((b) => b.type === 'paragraph');
  for (const [i, block] of blocks.entries()) {
    checkPageBudget();
    if (block.type === 'figure') {
      addFigure(parts, block);
      continue;
    }
    if (block.type === 'paragraph' && creditUnderFigure(parts, block.text)) continue;
    if (block.type === 'paragraph' && i !== lastParagraph) {
      const caption = captionParagraph(block.text);
      if (caption) {
        parts.figures.push(caption.figure);
        parts.photoCredits.push(caption.credit);
        parts.messages.push(
          message({
            stage: STAGE,
            rule: 'structure/caption-paragraph',
            reason: `Paragraph is a photo caption credited "${caption.credit.raw}"; listed as a figure, not body text`,
            excerpt: block.text,
          }),
        );
        continue;
      }
    }
    parts.blocks.push(block);
  }
  takeTrailers(parts);
  return parts;
}

/**
 * A paragraph that is the credit of the figure just before it: moved onto the figure when it
 * had none, and out of the story either way (the page may print the credit its alt text
 * already gave).
 */
function creditUnderFigure(parts: StoryParts, text: string): boolean {
  const last = parts.blocks[parts.blocks.length - 1];
  if (last?.type !== 'figure') return false;
  const credit = figureCreditParagraph(text);
  if (!credit) return false;
  if (last.credit === undefined) {
    parts.blocks[parts.blocks.length - 1] = { ...last, credit: credit.raw };
    const figure = parts.figures[parts.figures.length - 1];
    if (figure) figure.credit = credit.raw;
  }
  parts.photoCredits.push(credit);
  parts.messages.push(
    message({
      stage: STAGE,
      rule: 'structure/figure-credit-paragraph',
      reason: `Paragraph under a figure is its photo credit "${credit.raw}"; moved onto the figure`,
      excerpt: text,
    }),
  );
  return true;
}

function addFigure(parts: StoryParts, block: Extract<Block, { type: 'figure' }>): void {
  const refined = refineFigure(block);
  parts.blocks.push(refined.block);
  parts.figures.push(refined.figure);
  if (refined.credit) parts.photoCredits.push(refined.credit);
  if (refined.split)
    parts.messages.push(
      message({
        stage: STAGE,
        rule: 'structure/caption-credit-split',
        reason: `Credit "${refined.figure.credit}" was glued to the caption; split off`,
        excerpt: block.caption,
      }),
    );
}

/** Trailer paragraphs at the end of the story, last first; then a trailer glued to the last paragraph. */
function takeTrailers(parts: StoryParts): void {
  const found: Credit[][] = [];
  for (let i = parts.blocks.length - 1; i >= 0; i--) {
    const block = parts.blocks[i];
    if (block?.type === 'figure') continue;
    if (block?.type !== 'paragraph') break;
    const credits = parseTrailer(block.text);
    if (!credits) {
      const glued = splitGluedTrailer(block.text);
      const gluedCredits = glued ? parseTrailer(glued.trailer) : undefined;
      if (glued && gluedCredits) {
        parts.blocks[i] = { ...block, text: glued.text };
        found.unshift(gluedCredits);
        trailerMessage(parts, glued.trailer);
      }
      break;
    }
    parts.blocks.splice(i, 1);
    found.unshift(credits);
    trailerMessage(parts, block.text);
  }
  parts.trailerCredits = found.flat();
}

function trailerMessage(parts: StoryParts, text: string): void {
  parts.messages.push(
    message({
      stage: STAGE,
      rule: 'structure/trailer-credit',
      reason: 'Trailer line credits the copy; removed from the body and listed in credits',
      excerpt: text,
    }),
  );
}

/** The dateline record for a match found at `offset` of the input text. */
export function datelineAt(
  match: { city?: string; region?: string; date?: string; agency?: { short: string }; raw: string },
  city: string,
  offset: number,
): Dateline {
  const out: Dateline = { city, raw: match.raw, span: { start: offset, end: offset + match.raw.length } };
  if (match.region) out.region = match.region;
  if (match.date) out.date = match.date;
  if (match.agency) out.agency = match.agency.short;
  return out;
}
