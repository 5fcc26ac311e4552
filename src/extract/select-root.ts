import type { Document, Element } from 'domhandler';
import { linkDensity, type Measures } from './dom/measure.ts';
import { classAndId, collapseSpace, forEachElement, isElement, rawText } from './dom/nodes.ts';
import { BODY_ATTRIBUTES, BODY_CLASSES } from './rules.ts';
import type { ScoredCandidates } from './score.ts';

/** The chosen article region: one element, or a run of siblings that belong together. */
export interface Selection {
  roots: Element[];
  /** Which rule chose it, for `--explain`. */
  rule: string;
  reason: string;
}

/** A body container that names itself must hold at least this much text to be trusted. */
const MIN_SEMANTIC_CHARS = 250;
/** Candidates within this share of the top score that share an ancestor pull the choice up (Readability). */
const ALTERNATIVE_SHARE = 0.75;
const MIN_ALTERNATIVES = 3;
/** True when the element names itself the article body by attribute or class token. */
export function isBodyContainer(element: Element): boolean {
  const attribs = element.attribs;
  for (const [name, value] of BODY_ATTRIBUTES) if (attribs[name] === value) return true;
  const classes = attribs.class;
  if (classes === undefined) return false;
  for (const token of classes.split(/\s+/)) if (BODY_CLASSES.has(token)) return true;
  return false;
}

/** How far up a split body's parts may meet (sections of one article, not two articles). */
const SPLIT_BODY_LEVELS = 5;

/**
 * The element that calls itself the article body (itemprop=articleBody, .entry-content …),
 * plus its sibling parts when the body is split into sections around figures (Quanta,
 * many React sites): same class, meeting within SPLIT_BODY_LEVELS.
 */
export function findSemanticBody(document: Document, measures: Measures): Element[] {
  const matches: Element[] = [];
  forEachElement(document, (element) => {
    if (isBodyContainer(element) && linkDensity(measures.get(element)) < 0.5) matches.push(element);
    return true;
  });
  let best: Element | undefined;
  let bestChars = MIN_SEMANTIC_CHARS - 1;
  for (const element of matches) {
    const chars = measures.get(element)?.chars ?? 0;
    if (chars > bestChars) {
      best = element;
      bestChars = chars;
    }
  }
  if (!best) return [];
  const meeting = ancestorAt(best, SPLIT_BODY_LEVELS);
  const parts = matches.filter(
    (element) =>
      element === best ||
      (element.attribs.class === best.attribs.class &&
        (measures.get(element)?.chars ?? 0) > 0 &&
        meeting !== undefined &&
        contains(meeting, element) &&
        !contains(best, element) &&
        !contains(element, best)),
  );
  return parts.filter((part) => !parts.some((other) => other !== part && contains(other, part)));
}

function ancestorAt(element: Element, levels: number): Element | undefined {
  let current: Element | undefined = element;
  for (let i = 0; i < levels && current?.parent && isElement(current.parent); i++) current = current.parent;
  return current === element ? undefined : current;
}

function climbToSharedAncestor(top: Element, candidates: ScoredCandidates): Element {
  const topScore = candidates.scores.get(top) ?? 0;
  const alternatives = candidates.ranked
    .slice(1, 6)
    .filter((el) => (candidates.scores.get(el) ?? 0) >= topScore * ALTERNATIVE_SHARE);
  if (alternatives.length < MIN_ALTERNATIVES) return top;
  let ancestor = top.parent;
  while (ancestor && isElement(ancestor) && ancestor.name !== 'body') {
    const inside = alternatives.filter((alt) => contains(ancestor as Element, alt)).length;
    if (inside >= MIN_ALTERNATIVES) return ancestor;
    ancestor = ancestor.parent;
  }
  return top;
}

function contains(ancestor: Element, node: Element): boolean {
  let current = node.parent;
  while (current) {
    if (current === ancestor) return true;
    current = current.parent;
  }
  return false;
}

/** Moves up through wrappers that hold nothing but the candidate. */
function climbSingleChildWrappers(top: Element, measures: Measures): Element {
  let current = top;
  while (current.parent && isElement(current.parent) && current.parent.name !== 'body') {
    const parentChars = measures.get(current.parent)?.chars ?? 0;
    const ownChars = measures.get(current)?.chars ?? 0;
    if (parentChars > ownChars * 1.05 + 20) break;
    current = current.parent;
  }
  return current;
}

function isLoneParagraph(sibling: Element, measures: Measures): boolean {
  if (sibling.name !== 'p') return false;
  const m = measures.get(sibling);
  if (!m) return false;
  const density = linkDensity(m);
  if (m.chars > 80) return density < 0.25;
  const text = collapseSpace(rawText(sibling));
  return m.chars > 0 && density === 0 && /\.( |$)/.test(text);
}

/**
 * A sibling built like the top section and holding prose of its own: a body split into
 * same-class sections whose paragraphs sit too deep to score them (Google Cloud's
 * "cws-jump-section"s, WCXB 0005).
 */
function isProseSection(sibling: Element, measures: Measures): boolean {
  const m = measures.get(sibling);
  return m !== undefined && m.paragraphChars >= SECTION_PROSE_CHARS && linkDensity(m) < 0.33;
}

/**
 * A `<section>` or `<div>` without a class: siblings of that shape are parts of one body when
 * the top part has no class to compare (Buzzsprout's guide, WCXB 4665, is an `<article>` of
 * bare `<section>`s; the top scorer was the third). Not `<article>`: bare sibling articles are
 * a list of stories.
 */
function isBareSection(element: Element): boolean {
  return (
    (element.name === 'section' || element.name === 'div') && (element.attribs.class ?? '').trim() === ''
  );
}

/** Paragraph text that makes a same-class sibling section part of the article. */
const SECTION_PROSE_CHARS = 140;

/** Readability's sibling merge: siblings scoring close to the top join the article. */
function gatherSiblings(top: Element, candidates: ScoredCandidates, measures: Measures): Element[] {
  const parent = top.parent;
  if (!parent || !isElement(parent)) return [top];
  const topScore = candidates.scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs.class;
  const hasClass = topClass !== undefined && topClass.trim() !== '';
  const out: Element[] = [];
  for (const sibling of parent.children) {
    if (!isElement(sibling)) continue;
    if (sibling === top) {
      out.push(sibling);
      continue;
    }
    let score = candidates.scores.get(sibling) ?? 0;
    const sameClass = hasClass && sibling.attribs.class === topClass;
    if (sameClass) score += topScore * 0.2;
    const sameShape =
      sameClass || (!hasClass && sibling.name === top.name && isBareSection(top) && isBareSection(sibling));
    if (
      score >= threshold ||
      isLoneParagraph(sibling, measures) ||
      (sameShape && isProseSection(sibling, measures))
    )
      out.push(sibling);
  }
  return out;
}

/** Chooses the article region by score (Readability's grabArticle, reduced to its decisions). */
export function selectByScore(candidates: ScoredCandidates, measures: Measures): Selection | undefined {
  const first = candidates.ranked[0];
  if (!first) return undefined;
  let top = climbToSharedAncestor(first, candidates);
  top = climbSingleChildWrappers(top, measures);
  const roots = gatherSiblings(top, candidates, measures);
  const names = classAndId(top);
  return {
    roots,
    rule: 'extract/top-scored-container',
    reason: `best paragraph score: <${top.name}${names ? ` "${names.slice(0, 60)}"` : ''}> with ${roots.length - 1} sibling(s)`,
  };
}
