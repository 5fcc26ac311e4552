import type { Credit, Figure, FigureBlock } from '../model.ts';
import { parseCredit } from './credit.ts';
import { unglue } from './glue.ts';

/** A figure refined from a `FigureBlock`: caption and credit split, credit read. */
export interface RefinedFigure {
  block: FigureBlock;
  figure: Figure;
  credit?: Credit;
  /** True when the credit was found glued into the caption. */
  split: boolean;
}

/**
 * Splits a credit glued into a figcaption (`…Vatican Museum. —AFP/File`) and reads the
 * extractor's credit (`Photo: AFP/File`) into a photo `Credit` (issue 3 item 3).
 */
export function refineFigure(block: FigureBlock): RefinedFigure {
  let { caption, credit: creditText } = block;
  let split = false;
  if (caption === undefined && creditText === undefined && block.alt) {
    const described = captionFromAlt(block.alt);
    if (described) ({ caption, credit: creditText } = described);
  }
  if (caption !== undefined && creditText === undefined) {
    const glued = unglue(caption);
    if (glued?.credit && !glued.dateline) {
      caption = glued.caption;
      creditText = glued.credit.raw;
      split = true;
    }
  }
  const credit =
    creditText === undefined
      ? undefined
      : (parseCredit(apArchive(creditText), 'photo', { allowPerson: true }) ?? freeCredit(creditText));
  const out: FigureBlock = { ...block };
  const figure: Figure = {};
  if (block.src) figure.src = block.src;
  if (block.alt) figure.alt = block.alt;
  if (caption !== undefined) {
    out.caption = caption;
    figure.caption = caption;
  }
  if (creditText !== undefined) {
    out.credit = creditText;
    figure.credit = creditText;
  }
  return credit ? { block: out, figure, credit, split } : { block: out, figure, split };
}

/** AP writes its archive marker after a comma ("AP Photo/Evan Vucci, File"): read as "/File". */
function apArchive(credit: string): string {
  return credit.replace(/,\s*File$/, '/File');
}

/** A credit the extractor found in markup but the lexicon cannot read: kept as written. */
function freeCredit(text: string): Credit {
  const raw = text.trim();
  return { name: raw, kind: 'photo', raw };
}

/**
 * A body paragraph that is a photo caption with its credit (`Protesters in Tbilisi. —AFP/File`).
 * Only credits that cannot be a quote's speaker count (agency, archive, handle): an
 * epigraph `"…" — John Smith` stays in the story.
 */
export function captionParagraph(text: string): { figure: Figure; credit: Credit } | undefined {
  const glued = unglue(text);
  const credit = glued?.credit;
  if (!glued || glued.dateline || !credit) return undefined;
  if (credit.agency === undefined && !credit.archive && !credit.name.includes('@')) return undefined;
  return { figure: { caption: glued.caption, credit: credit.raw }, credit };
}

/** Longest paragraph read as a photo's credit line. */
const CREDIT_LINE_CHARS = 80;

/**
 * A paragraph right after a figure that has no credit, holding only that photo's credit:
 * "Patrick Semansky, ASSOCIATED PRESS" under an AP photo on a partner site (ScrapingHub
 * 82b6d780, e7994d55). Only a credit that names an agency counts, so a short sentence or a
 * name alone after a photo stays in the story.
 */
export function figureCreditParagraph(text: string): Credit | undefined {
  const raw = text.trim();
  if (raw.length > CREDIT_LINE_CHARS) return undefined;
  const credit = parseCredit(raw, 'photo', { allowPerson: false }) ?? photographerCommaAgency(raw);
  return credit?.agency === undefined ? undefined : credit;
}

/** "Photographer, AGENCY": the comma form of "Photographer / AGENCY". */
function photographerCommaAgency(raw: string): Credit | undefined {
  const parts = /^([^,]+),\s*([^,]+)$/.exec(raw);
  if (!parts) return undefined;
  const credit = parseCredit(`${parts[1]} / ${parts[2]}`, 'photo', { allowPerson: false });
  return credit ? { ...credit, name: raw, raw } : undefined;
}

/** Shortest alt text read as a caption: a sentence, not "Photo" or a name. */
const ALT_CAPTION_CHARS = 40;

/**
 * AP's photos carry their whole caption in `alt`, credit included, when the page prints none:
 * "FILE - In this Monday, Oct. 28, 2019, file photo, … (AP Photo/Patrick Semansky, File)"
 * (ScrapingHub 82b6d780). Only an alt that ends in a parenthesised agency credit is read so;
 * other alt text describes the image for screen readers and is left as `alt`.
 */
function captionFromAlt(alt: string): { caption: string; credit: string } | undefined {
  const parts = /^(.+?)\s*\(([^()]{2,80})\)$/s.exec(alt.trim());
  if (!parts || parts[1]!.length < ALT_CAPTION_CHARS) return undefined;
  const credit = parts[2]!.trim();
  const parsed = parseCredit(apArchive(credit), 'photo', { allowPerson: false });
  return parsed?.agency === undefined ? undefined : { caption: parts[1]!, credit };
}
