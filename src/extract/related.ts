import type { Element } from 'domhandler';
import type { RelatedItem } from '../model.ts';
import { classAndId, collapseSpace, forEachElement, rawText } from './dom/nodes.ts';

/** class/id of teaser blocks ("related", "more from", "most read", "recommended"). */
const RELATED_BLOCK =
  /related|recommend|more-?(from|stories|news|on|articles)|most-?(read|popular|viewed)|read-?(more|next)|trending|also-?read/i;

/** Shortest link text taken as a teaser headline (shorter ones are "More", "Next"…). */
const MIN_TEASER_TITLE = 15;

export function isRelatedBlock(element: Element): boolean {
  return RELATED_BLOCK.test(classAndId(element));
}

/** The teasers of a related-stories block: one item per distinct link with a headline-like text. */
export function collectRelated(block: Element): RelatedItem[] {
  const items: RelatedItem[] = [];
  const seen = new Set<string>();
  forEachElement(block, (element) => {
    if (element.name !== 'a') return true;
    const href = element.attribs.href;
    const title = collapseSpace(rawText(element));
    if (href === undefined || title.length < MIN_TEASER_TITLE || seen.has(href)) return false;
    seen.add(href);
    items.push({ title, url: href });
    return false;
  });
  return items;
}
