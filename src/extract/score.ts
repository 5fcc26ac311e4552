import type { Element, ParentNode } from 'domhandler';
import { countCommas, linkDensity, type Measures, textWeight } from './dom/measure.ts';
import { classAndId, forEachElement, isElement, isTextNode } from './dom/nodes.ts';
import { NEGATIVE_CLASS, POSITIVE_CLASS } from './rules.ts';

/** Shortest text that counts as a paragraph when scoring (Readability uses 25). */
const MIN_PARAGRAPH_CHARS = 25;
/** How many ancestors a paragraph's score reaches. */
const ANCESTOR_LEVELS = 5;
/** Tags whose own text is scored as a paragraph. */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'h2', 'h3', 'blockquote']);
/** Tags that make a div a container rather than a paragraph. */
const BLOCK_CHILD_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'section',
  'article',
  'ul',
  'ol',
  'table',
  'blockquote',
  'pre',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dl',
  'header',
]);

/** Prior of a container by tag (Readability's initializeNode, adapted). */
function tagPrior(element: Element): number {
  switch (element.name) {
    case 'article':
      return 8;
    case 'div':
    case 'main':
      return 5;
    case 'section':
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'form':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'address':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

/**
 * Elementor (a WordPress page builder) wraps every block of a page, body text included, in
 * `elementor-widget-wrap` / `elementor-widget-container` / `elementor-widget-<type>`: layout,
 * not a sidebar "widget" (WCXB 4090: each paragraph of the post was cleaned away as boilerplate).
 * Only the word "widget" goes, so `elementor-widget-share-buttons` still reads as "share".
 */
function layoutNeutral(names: string): string {
  return names.includes('elementor-widget') ? names.replaceAll('elementor-widget', 'elementor') : names;
}

/** +25 / −25 from class and id names (Readability's getClassWeight). */
export function classWeight(element: Element): number {
  const names = layoutNeutral(classAndId(element));
  if (names.length === 0) return 0;
  let weight = 0;
  if (NEGATIVE_CLASS.test(names)) weight -= 25;
  if (POSITIVE_CLASS.test(names)) weight += 25;
  return weight;
}

function isParagraphLike(element: Element): boolean {
  if (PARAGRAPH_TAGS.has(element.name)) return true;
  if (element.name !== 'div') return false;
  for (const child of element.children) {
    if (isElement(child) && BLOCK_CHILD_TAGS.has(child.name)) return false;
  }
  return true;
}

/** Score of one paragraph: 1 + commas + one per 100 characters (max 3). */
function paragraphScore(chars: number, commas: number): number {
  return 1 + commas + Math.min(Math.floor(chars / 100), 3);
}

export interface ScoredCandidates {
  /** Final score per candidate container (after link-density scaling). */
  scores: Map<Element, number>;
  /** Candidates best first. */
  ranked: Element[];
}

/** Containers whose loose text runs (text between block children, `<br>`-separated) count as paragraphs. */
const RUN_CONTAINERS: ReadonlySet<string> = new Set([
  'div',
  'section',
  'article',
  'main',
  'td',
  'span',
  'font',
  'center',
]);

interface Run {
  chars: number;
  commas: number;
}

/**
 * Loose inline text of a container with block children, split at blocks and `<br><br>`:
 * "div soup" pages (Blogger, old CMSs) write paragraphs this way (Readability wraps them in <p>).
 * Lengths come from the measures, so no text is copied.
 */
function looseRuns(element: Element, measures: Measures): Run[] {
  const runs: Run[] = [];
  let current: Run = { chars: 0, commas: 0 };
  let breaks = 0;
  for (const child of element.children) {
    if (isElement(child) && (BLOCK_CHILD_TAGS.has(child.name) || child.name === 'br')) {
      breaks = child.name === 'br' ? breaks + 1 : 2;
      if (breaks >= 2 && current.chars > 0) {
        runs.push(current);
        current = { chars: 0, commas: 0 };
      }
      continue;
    }
    breaks = 0;
    if (isTextNode(child)) {
      current.chars += textWeight(child.data);
      current.commas += countCommas(child.data);
    } else if (isElement(child)) {
      const m = measures.get(child);
      current.chars += (m?.chars ?? 0) + 1;
      current.commas += m?.commas ?? 0;
    }
  }
  if (current.chars > 0) runs.push(current);
  return runs;
}

/** Readability-style scoring: paragraphs vote for their ancestors, weighted by distance. */
export function scoreCandidates(root: ParentNode, measures: Measures): ScoredCandidates {
  const raw = new Map<Element, number>();
  const vote = (chars: number, commas: number, first: ParentNode | null) => {
    if (chars < MIN_PARAGRAPH_CHARS) return;
    const score = paragraphScore(chars, commas);
    let ancestor = first;
    for (let level = 0; level < ANCESTOR_LEVELS && ancestor && isElement(ancestor); level++) {
      if (!raw.has(ancestor)) raw.set(ancestor, tagPrior(ancestor) + classWeight(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      raw.set(ancestor, raw.get(ancestor)! + score / divider);
      ancestor = ancestor.parent;
    }
  };
  forEachElement(root, (element) => {
    if (isParagraphLike(element)) {
      const m = measures.get(element);
      if (m) vote(m.chars, m.commas, element.parent);
      return element.name === 'div';
    }
    if (RUN_CONTAINERS.has(element.name)) {
      for (const run of looseRuns(element, measures)) vote(run.chars, run.commas, element);
    }
    return true;
  });
  const scores = new Map<Element, number>();
  for (const [element, score] of raw) scores.set(element, score * (1 - linkDensity(measures.get(element))));
  const ranked = [...scores.keys()].sort((a, b) => scores.get(b)! - scores.get(a)!);
  return { scores, ranked };
}
