import { checkPageBudget } from '../util/page-budget.ts';
import { parseDateline } from './dateline.ts';
import { unglue } from './glue.ts';
import { RELATED_HEADING_RE } from './rules.ts';
import { isTruncated } from './teasers.ts';

/** Where the story and the teaser list sit among the paragraphs of a page. */
export interface Segmentation {
  /** Index of the first paragraph of the teaser region (= length when none). */
  teaserStart: number;
  /** Why the teaser region starts there (for messages). */
  reason?: 'new-dateline' | 'glued-credit' | 'related-heading' | 'truncated-run';
}

/** Lines longer than this are story paragraphs, never teaser lines (keeps the scan cheap). */
const MAX_TEASER_LINE = 600;

/** What opens another story: a dateline, a glued caption-credit-dateline, or a "Related" heading. */
function newStorySignal(text: string): Segmentation['reason'] | undefined {
  if (text.length > MAX_TEASER_LINE) return undefined;
  if (RELATED_HEADING_RE.test(text)) return 'related-heading';
  const dateline = parseDateline(text);
  if (dateline?.city && dateline.style !== 'agency-only') return 'new-dateline';
  if (unglue(text)?.dateline) return 'glued-credit';
  return undefined;
}

/**
 * Finds the teaser region after the story (issue 3 items 4–5). `texts[i]` is the i-th
 * block's text (undefined for figures and other non-paragraphs). The region starts at the
 * first later paragraph that opens another story, or at a trailing run of cut-off lines
 * (≥ 2 lines, or 1 with a new-story signal) — one "…" alone may be the story's own ending.
 */
export function segment(
  texts: readonly (string | undefined)[],
  options: { relatedHeadingsOnly?: boolean } = {},
): Segmentation {
  const n = texts.length;
  const first = texts.findIndex((t) => t !== undefined);
  let teaserStart = n;
  let reason: Segmentation['reason'];
  for (let i = first + 1; i < n; i++) {
    checkPageBudget();
    const text = texts[i];
    const signal = text === undefined ? undefined : newStorySignal(text);
    if (options.relatedHeadingsOnly && signal !== 'related-heading') continue;
    if (signal === 'related-heading' && storyContinues(texts, i + 1)) continue;
    if (signal) {
      teaserStart = i;
      reason = signal;
      break;
    }
  }
  if (options.relatedHeadingsOnly) return reason ? { teaserStart, reason } : { teaserStart };
  let k = n;
  while (k - 1 > first && isTeaserish(texts[k - 1])) k--;
  if (k < teaserStart && n - k >= 2) {
    teaserStart = k;
    reason = 'truncated-run';
  }
  return reason ? { teaserStart, reason } : { teaserStart };
}

/** A run of full paragraphs after a "Latest News" line that says the story goes on past it. */
const CONTINUING_PARAGRAPHS = 3;
const PROSE_PARAGRAPH = 400;

/**
 * True when a run of full paragraphs follows a "Related" / "Latest News" line: a pasted
 * navigation list mid-article (WCXB 0397) cut the rest of the story as teasers. Teaser lists
 * alternate titles, dates and excerpts (WCXB 0296), so their long lines never come three in a row.
 */
function storyContinues(texts: readonly (string | undefined)[], from: number): boolean {
  let run = 0;
  for (let i = from; i < texts.length; i++) {
    const text = texts[i];
    if (text === undefined) continue;
    run = text.length >= PROSE_PARAGRAPH && !isTruncated(text) ? run + 1 : 0;
    if (run >= CONTINUING_PARAGRAPHS) return true;
  }
  return false;
}

function isTeaserish(text: string | undefined): boolean {
  return text !== undefined && text.length <= MAX_TEASER_LINE && isTruncated(text);
}
