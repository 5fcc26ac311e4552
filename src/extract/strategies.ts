import type { Document } from 'domhandler';
import { message } from '../messages.ts';
import type { Block, Message, RelatedItem, Removal } from '../model.ts';
import { appendAll } from '../util/append.ts';
import { toBlocks } from './blocks/to-blocks.ts';
import { cleanRoots } from './clean-root.ts';
import { elementsByTag } from './dom/nodes.ts';
import { withLead } from './lead.ts';
import { prune } from './prune.ts';
import { scoreCandidates } from './score.ts';
import { findSemanticBody, type Selection, selectByScore } from './select-root.ts';

export interface Attempt {
  strategy: string;
  blocks: Block[];
  chars: number;
  removed: Removal[];
  related: RelatedItem[];
  messages: Message[];
}

export interface StrategyContext {
  /** A fresh tree for each attempt: the first reuses the metadata parse, later ones re-parse. */
  freshDocument: () => Document;
  resolve: (href: string) => string | undefined;
  marks: boolean;
  figures: boolean;
}

/** A named way of finding the body; tried in order (DESIGN.md "named strategy lists"). */
export interface Strategy {
  name: string;
  run: (context: StrategyContext) => Attempt;
}

/** Body text at which an attempt is accepted without trying the next strategy. */
export const GOOD_ENOUGH_CHARS = 250;

function textChars(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks)
    if (b.type !== 'figure')
      n +=
        b.type === 'list'
          ? b.items.join(' ').length
          : b.type === 'table'
            ? b.rows.flat().join(' ').length
            : b.text.length;
  return n;
}

/** Semantic body container when it holds most of the scored text; the scored region otherwise. */
function chooseRegion(
  semantic: Selection | undefined,
  scored: Selection | undefined,
  chars: (s: Selection) => number,
): Selection | undefined {
  if (!semantic) return scored;
  if (!scored) return semantic;
  return chars(semantic) >= chars(scored) * 0.6 ? semantic : scored;
}

function regionAttempt(name: string, unlikely: boolean): Strategy {
  return {
    name,
    run(context) {
      const document = context.freshDocument();
      const pruned = prune(document, { unlikely });
      const measures = pruned.measures;
      const semanticParts = withLead(findSemanticBody(document, measures), measures);
      const semantic: Selection | undefined =
        semanticParts.length > 0
          ? {
              roots: semanticParts,
              rule: 'extract/semantic-body',
              reason: `the page marks its article body (${semanticParts.length} part(s))`,
            }
          : undefined;
      const scored = selectByScore(scoreCandidates(document, measures), measures);
      const sumChars = (s: Selection) => s.roots.reduce((n, r) => n + (measures.get(r)?.chars ?? 0), 0);
      const region = chooseRegion(semantic, scored, sumChars);
      const messages: Message[] = [];
      const removed = [...pruned.removed];
      const blockOptions = {
        measures,
        resolve: context.resolve,
        marks: context.marks,
        figures: context.figures,
      };
      let blocks: Block[] = [];
      // The chosen region first; the other one when cleaning left the chosen one nearly empty (WCXB 0339).
      for (const selection of [region, region === semantic ? scored : semantic]) {
        if (!selection) continue;
        messages.push(message({ stage: 'extract', rule: selection.rule, reason: selection.reason }));
        appendAll(removed, cleanRoots(selection.roots, measures));
        const found = toBlocks(selection.roots, blockOptions);
        if (textChars(found) > textChars(blocks)) blocks = found;
        if (textChars(blocks) >= GOOD_ENOUGH_CHARS) break;
      }
      return { strategy: name, blocks, chars: textChars(blocks), removed, related: pruned.related, messages };
    },
  };
}

/** Last resort: every paragraph of the page outside boilerplate regions (trafilatura's baseline idea). */
const allParagraphs: Strategy = {
  name: 'all-paragraphs',
  run(context) {
    const document = context.freshDocument();
    const pruned = prune(document, { unlikely: true });
    const measures = pruned.measures;
    const paragraphs = elementsByTag(document, new Set(['p', 'blockquote', 'pre']));
    const blocks = toBlocks(paragraphs, {
      measures,
      resolve: context.resolve,
      marks: context.marks,
      figures: false,
    });
    return {
      strategy: 'all-paragraphs',
      blocks,
      chars: textChars(blocks),
      removed: pruned.removed,
      related: pruned.related,
      messages: [],
    };
  },
};

export const STRATEGIES: readonly Strategy[] = [
  regionAttempt('pruned-region', true),
  regionAttempt('relaxed-region', false),
  allParagraphs,
];
