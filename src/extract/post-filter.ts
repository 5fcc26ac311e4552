import { message, shortExcerpt } from '../messages.ts';
import type { Block, Message, Metadata, Removal } from '../model.ts';

interface LineRule {
  rule: string;
  pattern: RegExp;
  reason: string;
}

/** Short blocks that are page furniture wherever they appear in the body. */
const BOILERPLATE_LINES: readonly LineRule[] = [
  {
    rule: 'extract/advertisement-label',
    pattern: /^(advertisement|advertising|sponsored|ad|anzeige|publicité)$/i,
    reason: 'ad slot label',
  },
  {
    rule: 'extract/share-prompt',
    pattern:
      /^(share|share this|share this (article|story|post)|share on \w+|tweet|email|print|comments?)\s*:?$/i,
    reason: 'share bar text',
  },
  {
    rule: 'extract/newsletter-prompt',
    pattern: /^(sign up|subscribe)\b.{0,120}(newsletter|inbox|updates|email)/i,
    reason: 'newsletter promo',
  },
  {
    rule: 'extract/follow-prompt',
    pattern: /^follow (us|@?\w+) on (twitter|facebook|instagram|x|linkedin|google news)/i,
    reason: 'social follow prompt',
  },
  {
    rule: 'extract/read-more',
    pattern: /^(read more|related|see also|more on this|recommended|you may also like|most read)\s*:?/i,
    reason: 'teaser lead-in',
  },
  { rule: 'extract/copyright', pattern: /^(©|copyright\b|\(c\) ?\d{4}).{0,160}$/i, reason: 'copyright line' },
];

/** Leading lines that repeat the byline or timestamp already in metadata. */
const BYLINE_LINE =
  /^(by|von|par|por|door)\s+[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}\p{L}.'’-]+){0,5}(\s*(,|and|&|\|)\s*.{0,80})?$/u;
const DATE_LINE =
  /^((published|updated|posted|last updated|modified)\s*:?\s*)?(\w+,?\s+)?(\d{1,2}\s+\w+\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})([\s,|]+.{0,30})?$/i;
/** How many blocks from the top a byline or date line is looked for. */
const HEAD_BLOCKS = 4;
const MAX_FURNITURE_CHARS = 200;

export interface FilterResult {
  blocks: Block[];
  removed: Removal[];
  messages: Message[];
}

function normalizeTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function verdict(block: Block, index: number, metadata: Metadata): Omit<LineRule, 'pattern'> | undefined {
  if (block.type === 'figure' || block.type === 'list' || block.type === 'table') return undefined;
  const text = block.text.trim();
  if (text.length > MAX_FURNITURE_CHARS) return undefined;
  if (index < HEAD_BLOCKS && metadata.title && normalizeTitle(text) === normalizeTitle(metadata.title)) {
    return { rule: 'extract/repeated-title', reason: 'the headline, already in metadata' };
  }
  if (block.type !== 'paragraph' && block.type !== 'heading') return undefined;
  for (const line of BOILERPLATE_LINES) if (line.pattern.test(text)) return line;
  if (index < HEAD_BLOCKS && BYLINE_LINE.test(text))
    return { rule: 'extract/repeated-byline', reason: 'byline repeated in the body' };
  if (index < HEAD_BLOCKS && DATE_LINE.test(text))
    return { rule: 'extract/repeated-date', reason: 'timestamp repeated in the body' };
  return undefined;
}

/** Drops page furniture that survived region selection: repeated headline, byline, dates, labels. */
export function filterBlocks(blocks: readonly Block[], metadata: Metadata): FilterResult {
  const kept: Block[] = [];
  const removed: Removal[] = [];
  const messages: Message[] = [];
  blocks.forEach((block, index) => {
    const found = verdict(block, index, metadata);
    if (!found) {
      kept.push(block);
      return;
    }
    const text = 'text' in block ? block.text : '';
    removed.push({
      rule: found.rule,
      reason: found.reason,
      node: block.type,
      excerpt: shortExcerpt(text),
      chars: text.length,
    });
    messages.push(message({ stage: 'extract', rule: found.rule, reason: found.reason, excerpt: text }));
  });
  return { blocks: kept, removed, messages };
}
