import { message, shortExcerpt } from '../messages.ts';
import type { Block, Message, Metadata, ParagraphBlock, RelatedItem, Removal } from '../model.ts';
import { appendAll } from '../util/append.ts';
import { blockText } from '../util/layout.ts';
import { furnitureVerdict, linkedChars } from './furniture-lines.ts';
import { repeatedRunIndices } from './repeated-runs.ts';

/**
 * Headings that open a teaser section ("You may also like", "Leia também", "À lire aussi" …):
 * everything from them on is other stories, handed over as related items.
 */
const RELATED_HEADING =
  /^(related( (articles?|stories|posts|news|coverage|content|links|reading))?|you (may|might) (also )?(like|enjoy)|more (from|on|stories|news|articles)\b.*|more great [\w'’ ]{1,30} stories|read (next|also)|recommended( for you| stories)?|most (read|popular|viewed)|trending( now)?|also read|see also|don'?t miss|editor'?s picks|popular (posts|stories)|(você|voce) (também )?pode gostar|leia (também|mais)|veja também|not[ií]cias relacionadas|te puede interesar|lee también|más noticias|(à )?lire aussi|sur le même sujet|mehr zum thema|auch interessant|weitere artikel|das könnte sie auch interessieren)\s*[.:…]*$/i;
/** The related heading must follow some article prose, not open the page. */
const RELATED_MIN_PROSE_CHARS = 100;
/** …or sit in the last part of the body. */
const RELATED_MIN_POSITION = 0.3;

export interface FilterResult {
  /** Teaser headlines cut from the end of the body. */
  related: RelatedItem[];
  blocks: Block[];
  removed: Removal[];
  messages: Message[];
}

const REPEATED_RUN = {
  rule: 'extract/repeated-run',
  reason: 'a copy of an earlier run of blocks (a section rendered once per screen size)',
};

/** Drops page furniture that survived region selection: repeated headline, byline, dates, labels. */
export function filterBlocks(blocks: readonly Block[], metadata: Metadata): FilterResult {
  const kept: Block[] = [];
  const removed: Removal[] = [];
  const messages: Message[] = [];
  const related: RelatedItem[] = [];
  const rest: Block[] = [];
  // A body can hold several teaser boxes ("Trending" mid-article, "Related" at the end:
  // ScrapingHub ba4dfe2d, Express): each heading goes with its own teaser run.
  let from = 0;
  for (let cut = findRelatedCut(blocks, 0); cut !== undefined; cut = findRelatedCut(blocks, from)) {
    const cutEnd = teaserRunEnd(blocks, cut + 1);
    appendAll(rest, blocks.slice(from, cut));
    cutSection(blocks.slice(cut, cutEnd), related, removed, messages);
    from = cutEnd;
  }
  appendAll(rest, blocks.slice(from));
  const copies = new Set(repeatedRunIndices(rest));
  rest.forEach((block, index) => {
    const found = copies.has(index) ? REPEATED_RUN : furnitureVerdict(block, index, metadata);
    if (!found) {
      kept.push(block);
      return;
    }
    const text = blockText(block) ?? '';
    const teaser = block.type === 'paragraph' ? teaserOf(found.rule, block) : undefined;
    if (teaser) related.push(teaser);
    removed.push({
      rule: found.rule,
      reason: found.reason,
      node: block.type,
      excerpt: shortExcerpt(text),
      chars: text.length,
    });
    messages.push(message({ stage: 'extract', rule: found.rule, reason: found.reason, excerpt: text }));
  });
  return { blocks: kept, removed, messages, related };
}

/**
 * A furniture line that points to another story is a teaser, listed apart rather than lost:
 * a linked headline in capitals, and a linked "Also read: <title>" lead-in (its title without
 * the label). An unlinked "Read more:" label points nowhere and is only removed.
 */
function teaserOf(rule: string, block: ParagraphBlock): RelatedItem | undefined {
  const href = block.marks?.find((m) => m.kind === 'link')?.href;
  if (rule === 'extract/caps-teaser-link')
    return href ? { title: block.text, url: href } : { title: block.text };
  if (rule !== 'extract/read-more' || href === undefined) return undefined;
  // "Also read: <title>", "(Leggi anche su: <title>)", "Also on rt.com <title>"
  const title = block.text
    .replace(/^\(?(?:also on [\w-]+\.[a-z]{2,}\s|[^:]{1,40}:\s*)/i, '')
    .replace(/\)$/, '')
    .trim();
  return title.length > 0 && title !== block.text.trim() ? { title, url: href } : undefined;
}

/** Hands a teaser section (its heading, then its teaser run) over as related items. */
function cutSection(tail: readonly Block[], related: RelatedItem[], removed: Removal[], messages: Message[]) {
  for (const block of tail.slice(1)) {
    if (block.type === 'paragraph') {
      const href = block.marks?.find((m) => m.kind === 'link')?.href;
      related.push(href ? { title: block.text, url: href } : { title: block.text });
    } else if (block.type === 'heading') related.push({ title: block.text });
    else if (block.type === 'list')
      appendAll(
        related,
        block.items.map((title) => ({ title })),
      );
  }
  const head = tail[0] as { text: string };
  removed.push({
    rule: 'extract/related-section',
    reason: `teaser section "${shortExcerpt(head.text, 40)}" ends the article`,
    node: 'blocks',
    excerpt: shortExcerpt(tail.map((b) => ('text' in b ? b.text : '')).join(' ')),
    chars: 0,
  });
  messages.push(
    message({
      stage: 'extract',
      rule: 'extract/related-section',
      reason: `cut the teaser heading and ${tail.length - 1} teaser block(s) after it`,
      excerpt: head.text,
    }),
  );
}

/** Longest unlinked line taken as a teaser label; unlinked prose ends the teaser run. */
const MAX_TEASER_CHARS = 80;

function isTeaserLike(block: Block): boolean {
  if (block.type === 'list' || block.type === 'figure') return true;
  if (block.type !== 'paragraph' && block.type !== 'heading') return false;
  if (linkedChars(block) > block.text.length / 2) return true;
  // Headlines carry no full stop; a short unlinked sentence is the article resuming after a
  // teaser box (ScrapingHub ba4dfe2d: "In the 21st century, the plague is endemic to …").
  return block.text.length <= MAX_TEASER_CHARS && !isShortSentence(block.text);
}

const SENTENCE_MIN_WORDS = 6;

function isShortSentence(text: string): boolean {
  return /[.!?]["”’)]?$/.test(text.trim()) && text.trim().split(/\s+/).length >= SENTENCE_MIN_WORDS;
}

/** End (exclusive) of the run of teaser-like blocks that follows a related heading. */
function teaserRunEnd(blocks: readonly Block[], from: number): number {
  let end = from;
  while (end < blocks.length && isTeaserLike(blocks[end]!)) end++;
  return end;
}

function findRelatedCut(blocks: readonly Block[], from: number): number | undefined {
  let prose = from > 0 ? RELATED_MIN_PROSE_CHARS : 0;
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (prose < RELATED_MIN_PROSE_CHARS && i < blocks.length * RELATED_MIN_POSITION) {
      if (block.type === 'paragraph') prose = Math.max(prose, block.text.length);
      continue;
    }
    if (
      (block.type === 'heading' || block.type === 'paragraph') &&
      block.text.length <= 60 &&
      RELATED_HEADING.test(block.text.trim())
    )
      return i;
  }
  return undefined;
}
