import { message } from '../messages.ts';
import type { Block, Message, RelatedItem, Teaser } from '../model.ts';
import { RELATED_HEADING_RE } from './rules.ts';
import { type LineTeaser, teaserFromLine, teaserFromRelated } from './teasers.ts';
import { isHeadlineLike } from './title.ts';

const STAGE = 'structure' as const;

export interface TeaserList {
  teasers: Teaser[];
  messages: Message[];
}

/** Teasers from the related-story items the HTML extractor took out of the page. */
export function teasersFromRelated(items: readonly RelatedItem[], base?: string): TeaserList {
  const teasers = items.map((item) => {
    const teaser = teaserFromRelated(item);
    if (teaser.url && base) teaser.url = absoluteUrl(teaser.url, base);
    return teaser;
  });
  const messages =
    teasers.length === 0
      ? []
      : [
          message({
            stage: STAGE,
            rule: 'structure/related-teasers',
            reason: `${teasers.length} related-story item(s) from the page listed as teasers`,
          }),
        ];
  return { teasers, messages };
}

/**
 * Teasers from the paragraphs after the story (flattened text, or leaked HTML): one per
 * line; a "Related" heading is dropped; a short headline-like line titles the next teaser.
 * A bare line among captioned teasers is a caption cut short with no credit or dateline
 * (seed page: "Georgian police detain Nika Melia…"): kept as `caption`, with an empty
 * `lead` because the page showed none.
 */
export function teasersFromBlocks(blocks: readonly Block[]): TeaserList {
  const messages: Message[] = [];
  const lines: LineTeaser[] = [];
  let title: string | undefined;
  for (const block of blocks) {
    if (block.type !== 'paragraph' && block.type !== 'heading') continue;
    const text = block.text;
    if (RELATED_HEADING_RE.test(text)) {
      messages.push(
        message({
          stage: STAGE,
          rule: 'structure/related-heading',
          reason: 'Heading of the teaser list, not a teaser',
          excerpt: text,
        }),
      );
      continue;
    }
    if (title === undefined && (block.type === 'heading' || isHeadlineLike(text))) {
      title = text;
      continue;
    }
    const line = teaserFromLine(text);
    if (title !== undefined) line.teaser = { title, ...line.teaser };
    title = undefined;
    lines.push(line);
  }
  if (title !== undefined) lines.push({ teaser: { title, lead: '', truncated: false }, shape: 'bare' });
  const captioned = lines.some((l) => l.shape === 'glued');
  const teasers = lines.map((line) => {
    if (!captioned || line.shape !== 'bare' || line.teaser.title !== undefined) return line.teaser;
    messages.push(
      message({
        stage: STAGE,
        rule: 'structure/teaser-caption-only',
        reason: 'Line among captioned teasers has no credit and no dateline: read as a caption with no lead',
        excerpt: line.teaser.lead,
      }),
    );
    const { lead, ...rest } = line.teaser;
    return { ...rest, caption: lead, lead: '' };
  });
  if (teasers.length > 0)
    messages.push(
      message({
        stage: STAGE,
        rule: 'structure/teasers-listed',
        reason: `${teasers.length} teaser(s) listed apart from the body`,
      }),
    );
  return { teasers, messages };
}

/** Related links are often relative (`/news/x`); the contract's `url` is absolute when the page URL is known. */
function absoluteUrl(url: string, base: string): string {
  return URL.canParse(url, base) ? new URL(url, base).href : url;
}
