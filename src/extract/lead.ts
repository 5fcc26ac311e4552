import type { Element } from 'domhandler';
import { linkDensity, type Measures } from './dom/measure.ts';
import { classAndId, isElement } from './dom/nodes.ts';

/**
 * Class/id words of a story's lead paragraph set apart from the body: the summary,
 * standfirst or dek that news sites print between the headline and the text.
 */
const LEAD_NAMES =
  /summary|standfirst|\blede\b|(?:^|[\s_-])lead(?:$|[\s_-])|\bdek\b|subhead|article[_-]+intro/i;
/** A lead is a sentence or two of prose, not a label. */
const MIN_LEAD_CHARS = 60;
const MAX_LEAD_CHARS = 1200;

/**
 * The article body a page marks (`article__text`) often starts after its lead, which sits in
 * its own element just before (RT's `article__summary`, ScrapingHub 4a44ab3e: the story's first
 * paragraph was lost). A preceding sibling named like a lead and holding prose joins the body.
 * Only the element right before the first part counts (siblings without text are skipped).
 */
export function withLead(parts: readonly Element[], measures: Measures): Element[] {
  const first = parts[0];
  if (first === undefined) return [...parts];
  let sibling = first.prev;
  while (sibling !== null && (!isElement(sibling) || (measures.get(sibling)?.chars ?? 0) === 0))
    sibling = sibling.prev;
  if (sibling === null || !isElement(sibling) || !LEAD_NAMES.test(classAndId(sibling))) return [...parts];
  const m = measures.get(sibling);
  if (m === undefined || m.chars < MIN_LEAD_CHARS || m.chars > MAX_LEAD_CHARS || linkDensity(m) > 0.2)
    return [...parts];
  return [sibling, ...parts];
}
