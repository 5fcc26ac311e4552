import type { Document, Element } from 'domhandler';
import { EXCERPT_SOURCE_CHARS, shortExcerpt } from '../messages.ts';
import type { RelatedItem, Removal } from '../model.ts';
import { appendAll } from '../util/append.ts';
import { collapsedPanelCheck, type PanelCheck } from './disclosure.ts';
import { forgetMeasured, linkDensity, type Measure, type Measures, measureTree } from './dom/measure.ts';
import { classAndId, describeNode, forEachElement, isElement, removeNode, textHead } from './dom/nodes.ts';
import { isEmbedWrapper } from './embed-wrapper.ts';
import { collectRelated, isRelatedBlock } from './related.ts';
import { DROP_ROLES, DROP_TAGS, MAYBE_CANDIDATE, UNLIKELY_CANDIDATE, UNRESCUED_WIDGET } from './rules.ts';
import { type SignupCheck, signupBoxCheck } from './signup-box.ts';

export interface PruneOptions {
  /** Also remove elements whose class/id look like boilerplate (first attempt); off in the fallback. */
  unlikely: boolean;
}

/**
 * An element holding this share of the page's paragraph text is the article's wrapper,
 * whatever its class says ("sidebar-layout", a `hidden` React streaming boundary).
 */
const WRAPPER_SHARE = 0.5;
/** Landmark tags that some sites misuse as the page wrapper (WCXB 4459: <aside class="announcement-banner"> holds the page). */
const LANDMARK_TAGS: ReadonlySet<string> = new Set(['aside', 'footer', 'nav', 'menu', 'header']);

/**
 * React 18 streaming SSR sends Suspense content in `<div hidden id="S:…">` and moves it
 * into place with script (WCXB 4503: the article arrives in several such segments).
 */
const REACT_STREAMED_SEGMENT = /^S:[0-9a-z]+$/i;

/**
 * Unlikely-candidate matches that no amount of text turns into an article wrapper. Not "share"
 * or "newsletter": share bars and sign-up boxes hold no paragraphs, and a "share-container"
 * or a newsletter issue's "cc-newsletter" section holding most of them wraps the article
 * (WCXB 0208, 0228).
 */
const NEVER_WRAPPER = /comment|disqus|repl|respond|discussion|related|recommend|subscri|cookie|consent/i;

export interface PruneResult {
  removed: Removal[];
  related: RelatedItem[];
  /** Text statistics of the pruned tree (kept up to date while pruning). */
  measures: Measures;
}

/** Tags never removed by class/id heuristics: they wrap the page or the article itself. */
const PROTECTED_TAGS: ReadonlySet<string> = new Set([
  'html',
  'body',
  'article',
  'main',
  'a',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'code',
  'pre',
]);

const CODE_TAGS: ReadonlySet<string> = new Set(['pre', 'code']);

/** Paragraph text that makes an element named "header" content rather than page chrome. */
const HEADER_PROSE_CHARS = 150;

/**
 * Prose in an element: paragraph text, or — where a CMS writes its section text in a
 * `<div>` (Consumer Reports' "component-header": an `<h3>` question and its answer, WCXB
 * 4048) — unlinked text with the commas of sentences. A site header's menu is links.
 */
function holdsProse(m: Measure | undefined): boolean {
  if (m === undefined) return false;
  if (m.paragraphChars >= HEADER_PROSE_CHARS) return true;
  return m.chars - m.linkChars >= HEADER_PROSE_CHARS && m.commas >= 2 && linkDensity(m) < 0.25;
}

/** What an element's class/id say: the boilerplate word matched, unless a content word rescues it. */
interface NameVerdict {
  unlikely: string | undefined;
  neverWrapper: boolean;
}

/** Verdicts by class/id string, for one pruning pass (pages repeat their class strings). */
type NameVerdicts = Map<string, NameVerdict>;

function nameVerdict(names: string, verdicts: NameVerdicts): NameVerdict {
  let verdict = verdicts.get(names);
  if (verdict === undefined) {
    const widget = UNRESCUED_WIDGET.exec(names);
    const match = widget ?? UNLIKELY_CANDIDATE.exec(names);
    const unlikely = match && (widget || !MAYBE_CANDIDATE.test(rescueWords(names))) ? match[0] : undefined;
    verdict = { unlikely, neverWrapper: widget !== null || NEVER_WRAPPER.test(unlikely ?? '') };
    verdicts.set(names, verdict);
  }
  return verdict;
}

/**
 * A comment's own parts: "comments-body", "comment-content", "comment-text" name the body of
 * a reader's comment, not the article's, so their "body"/"content" rescues nothing (Movable
 * Type's "comments-body", WCXB 0452: every comment came out as article text).
 */
const COMMENT_PARTS = /\bcomments?[-_]?(?:body|content|text|entry|post|main)\b/gi;

function rescueWords(names: string): string {
  return names.replace(COMMENT_PARTS, ' ');
}

/** What one pruning pass knows of the page while it judges elements. */
interface PruneContext {
  options: PruneOptions;
  isWrapper: (e: Element) => boolean;
  verdicts: NameVerdicts;
  measureOf: (e: Element) => Measure | undefined;
  isCollapsedPanel: PanelCheck;
  isSignupBox: SignupCheck;
}

/**
 * Prose that a collapsed accordion panel holds: at least a paragraph's worth. Empty tabs
 * ("Loading specifications…", WCXB 4674) and PMC's closed affiliation notes (WCXB 4063,
 * 4055) stay hidden; guide steps (WCXB 4193) and FAQ answers (WCXB 0206) are kept.
 */
const PANEL_PROSE_CHARS = 300;

function isClosedProse(element: Element, context: PruneContext): boolean {
  return (
    context.isCollapsedPanel(element) &&
    (context.measureOf(element)?.paragraphChars ?? 0) >= PANEL_PROSE_CHARS
  );
}

/** Why an element is not article content, or undefined to keep it. */
function pruneRule(element: Element, context: PruneContext): { rule: string; reason: string } | undefined {
  const { options, isWrapper, verdicts } = context;
  if (DROP_TAGS.has(element.name) && !(LANDMARK_TAGS.has(element.name) && isWrapper(element))) {
    return { rule: 'extract/drop-tag', reason: `<${element.name}> is never article text` };
  }
  const attribs = element.attribs;
  if (attribs.id !== undefined && REACT_STREAMED_SEGMENT.test(attribs.id)) return undefined;
  const hidden = attribs.hidden !== undefined || attribs['aria-hidden'] === 'true';
  if (hidden && !isWrapper(element) && !isClosedProse(element, context))
    return { rule: 'extract/remove-hidden', reason: 'hidden element' };
  const style = attribs.style;
  if (
    style !== undefined &&
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) &&
    !isWrapper(element) &&
    !isClosedProse(element, context)
  ) {
    return { rule: 'extract/remove-hidden', reason: 'hidden by inline style' };
  }
  const role = attribs.role;
  if (role !== undefined && DROP_ROLES.has(role))
    return { rule: 'extract/drop-role', reason: `role="${role}" landmark` };
  if (!options.unlikely || PROTECTED_TAGS.has(element.name)) return undefined;
  if (context.isSignupBox(element) && !isWrapper(element))
    return { rule: 'extract/signup-box', reason: 'asks for an e-mail address or phone number' };
  const names = classAndId(element);
  if (names.length === 0) return undefined;
  const verdict = nameVerdict(names, verdicts);
  // Comments, teasers and promos are never the article, however much text they hold.
  if (verdict.unlikely === undefined || (!verdict.neverWrapper && isWrapper(element))) return undefined;
  // "component-header", "section-header" of a guide hold the section's question and its
  // answer (WCXB 4253, 0133): a header holding paragraphs of prose is content.
  if (verdict.unlikely === 'header' && holdsProse(context.measureOf(element))) return undefined;
  if (!verdict.neverWrapper && isEmbedWrapper(element, context.measureOf)) return undefined;
  return { rule: 'extract/unlikely-candidate', reason: `class/id "${verdict.unlikely}" marks boilerplate` };
}

/**
 * Removes boilerplate regions from the whole tree (mutates `document`, which the
 * extractor owns). Teaser lists are read into `related` before they go, so the
 * structure stage can list them apart instead of losing them.
 */
export function prune(document: Document, options: PruneOptions): PruneResult {
  const removed: Removal[] = [];
  const related: RelatedItem[] = [];
  const before = measureTree(document);
  const total = before.get(document.children.find(isElement) as Element)?.paragraphChars ?? 0;
  const isWrapper = (element: Element) =>
    total > 0 && (before.get(element)?.paragraphChars ?? 0) >= total * WRAPPER_SHARE;
  const context: PruneContext = {
    options,
    isWrapper,
    verdicts: new Map(),
    measureOf: (e) => before.get(e),
    isCollapsedPanel: collapsedPanelCheck(document),
    isSignupBox: signupBoxCheck(document, (e) => before.get(e)),
  };
  forEachElement(document, (element) => {
    const verdict = pruneRule(element, context);
    // Inside code, class names are the highlighter's ("hljs-comment", Prism's "token comment"):
    // the code is kept whole (WCXB 0437 lost every commented line of its shell examples).
    if (!verdict) return !CODE_TAGS.has(element.name);
    if (isRelatedBlock(element)) appendAll(related, collectRelated(element));
    const chars = before.get(element)?.chars ?? 0;
    if (chars > 0) {
      removed.push({
        ...verdict,
        node: describeNode(element),
        excerpt: shortExcerpt(textHead(element, EXCERPT_SOURCE_CHARS)),
        chars,
      });
    }
    forgetMeasured(before, element);
    removeNode(element);
    return false;
  });
  return { removed, related, measures: before };
}
