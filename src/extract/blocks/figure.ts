import type { Element } from 'domhandler';
import type { FigureBlock } from '../../model.ts';
import { classAndId, collapseSpace, forEachElement, rawText } from '../dom/nodes.ts';
import { CAPTION_CLASS, CREDIT_CLASS } from './block-tags.ts';

/** First usable image source: lazy-loading attributes first, since `src` is often a placeholder. */
export function imageSource(img: Element): string | undefined {
  const a = img.attribs;
  const candidates = [
    a['data-src'],
    a['data-lazy-src'],
    a['data-original'],
    a.src,
    a['data-srcset']?.split(/\s/)[0],
    a.srcset?.split(/\s/)[0],
  ];
  return candidates.find((src) => src !== undefined && src.length > 0 && !src.startsWith('data:'));
}

/**
 * A `<figure>` (or caption-bearing image wrapper) as a figure block: image, caption and
 * photo credit apart. Credits come from credit-classed elements inside the caption.
 */
export function toFigure(
  element: Element,
  resolve: (href: string) => string | undefined,
): FigureBlock | undefined {
  let img: Element | undefined;
  const credits: string[] = [];
  const captions: string[] = [];
  forEachElement(element, (child) => {
    if (child.name === 'img' && !img) img = child;
    const names = classAndId(child);
    if (CREDIT_CLASS.test(names)) {
      const text = collapseSpace(rawText(child));
      if (text) credits.push(text);
      return false;
    }
    if (child.name === 'figcaption' || CAPTION_CLASS.test(names)) {
      forEachElement(child, (inner) => {
        if (!CREDIT_CLASS.test(classAndId(inner))) return true;
        const credit = collapseSpace(rawText(inner));
        if (credit) credits.push(credit);
        return false;
      });
      const text = collapseSpace(captionText(child));
      if (text) captions.push(text);
      return false;
    }
    return true;
  });
  const figure: FigureBlock = { type: 'figure' };
  const src = img ? imageSource(img) : undefined;
  if (src) figure.src = resolve(src) ?? src;
  const alt = img?.attribs.alt?.trim();
  if (alt) figure.alt = alt;
  if (captions.length > 0) figure.caption = captions.join(' ');
  if (credits.length > 0) figure.credit = cleanCredit(credits.join(' '));
  if (!figure.src && !figure.caption) return undefined;
  return figure;
}

/** Caption text without its nested credit elements (they are read separately). */
function captionText(caption: Element): string {
  let out = '';
  const stack = [...caption.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') out += (node as { data: string }).data;
    else if ('attribs' in node && !CREDIT_CLASS.test(classAndId(node as Element))) {
      const children = (node as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      out += ' ';
    }
  }
  return out;
}

/** "(Image credit: Future plc)" → "Future plc": credit lines wrap the name in labels and parentheses (ScrapingHub bd673bd7, 5fbc7ccb). */
const CREDIT_LABEL = /^(?:(?:photo|image|picture|foto|illustration)s?\s*(?:credits?)?|credits?)\s*:\s*/i;

export function cleanCredit(raw: string): string {
  let credit = raw.trim();
  if (/^\(.*\)$/.test(credit)) credit = credit.slice(1, -1).trim();
  return credit.replace(CREDIT_LABEL, '').trim();
}
