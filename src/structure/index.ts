import { message } from '../messages.ts';
import type { Block, Credit, Dateline, Extracted, Message, ParagraphBlock, Structured } from '../model.ts';
import type { Options } from '../options.ts';
import { appendAll } from '../util/append.ts';
import { layoutBlocks } from '../util/layout.ts';
import { findAgency } from './agencies.ts';
import { parseDateline } from './dateline.ts';
import { segment } from './segment.ts';
import { datelineAt, splitStory } from './story.ts';
import { teasersFromBlocks, teasersFromRelated } from './teaser-list.ts';
import { titleLine } from './title.ts';

/** How many leading paragraphs may hold the dateline (a timestamp line can come first). */
const LEAD_PARAGRAPHS = 2;

const STAGE = 'structure' as const;

/**
 * Extracted → Structured (DESIGN.md stage `structure`, issue 3): reads the story's
 * dateline, wire/trailer/photo credits, figures and teasers, and re-lays the body out
 * without them. Works alike for HTML blocks and flattened text (one paragraph per line).
 *
 * @example structure(extract(decoded, options), options).dateline?.city // 'Kyiv'
 */
export function structure(doc: Extracted, options: Options): Structured {
  if (!options.structure) return unstructured(doc);
  const messages: Message[] = [];
  const title = doc.kind === 'text' ? titleLine(doc.blocks) : undefined;
  const bylined = bylineLine(title ? doc.blocks.slice(1) : doc.blocks);
  const blocks = doc.blocks.slice((title ? 1 : 0) + (bylined ? 1 : 0));
  if (bylined)
    messages.push(
      message({
        stage: STAGE,
        rule: 'structure/byline-agency',
        reason: `Byline "${bylined.raw}" credits the copy to ${bylined.name}`,
        excerpt: bylined.raw,
      }),
    );
  if (title)
    messages.push(
      message({
        stage: STAGE,
        rule: 'structure/title-from-first-line',
        reason: 'First line is a headline above the dateline',
        excerpt: title,
      }),
    );
  // HTML extraction already isolated the article: only an explicit "Related" heading opens
  // teasers there; datelines and cut-off lines split stories only in flattened text.
  const seg = segment(blocks.map(lineText), { relatedHeadingsOnly: doc.kind === 'html' });
  if (seg.reason)
    messages.push(
      message({
        stage: STAGE,
        rule: `structure/teasers-after-${seg.reason}`,
        reason: `Teaser list starts at paragraph ${seg.teaserStart + 1} (${seg.reason})`,
        excerpt: lineText(blocks[seg.teaserStart] ?? { type: 'paragraph', text: '' }),
      }),
    );
  const lead = readDateline(blocks.slice(0, seg.teaserStart), messages);
  const story = splitStory(lead.blocks);
  appendAll(messages, story.messages);
  const laid = layoutBlocks(story.blocks);
  const related = teasersFromRelated(doc.related, doc.url);
  const listed = teasersFromBlocks(blocks.slice(seg.teaserStart));
  appendAll(appendAll(messages, related.messages), listed.messages);
  const credits = dedupeCredits([
    ...lead.credits,
    ...(bylined ? [bylined] : []),
    ...bylineCredits(doc.authors),
    ...story.trailerCredits,
    ...story.photoCredits,
  ]);
  const out: Structured = {
    ...doc,
    blocks: laid.blocks,
    text: laid.text,
    dateline: lead.dateline,
    credits,
    figures: story.figures,
    teasers: [...related.teasers, ...listed.teasers],
    messages: [...doc.messages, ...messages],
  };
  if (title && doc.title === undefined) out.title = title;
  return out;
}

function lineText(block: Block): string | undefined {
  return block.type === 'paragraph' || block.type === 'heading' ? block.text : undefined;
}

/** The dateline opening the story's first paragraph, removed from it; its agency is a copy credit. */
function readDateline(
  blocks: readonly Block[],
  messages: Message[],
): { blocks: Block[]; dateline: Dateline | null; credits: Credit[] } {
  // The dateline opens one of the first paragraphs: a timestamp or standfirst line may precede it
  // (ScrapingHub 57d46c9d, Reuters: "November 19, 2019 / 12:21 AM / Updated 14 hours ago").
  const paragraphs = blocks.flatMap((b, i) => (b.type === 'paragraph' ? [i] : [])).slice(0, LEAD_PARAGRAPHS);
  const index =
    paragraphs.find((i) => parseDateline((blocks[i] as ParagraphBlock).text)) ?? paragraphs[0] ?? -1;
  const first = blocks[index];
  const match = first?.type === 'paragraph' ? parseDateline(first.text) : undefined;
  if (first?.type !== 'paragraph' || !match) {
    messages.push(
      message({
        stage: STAGE,
        rule: 'structure/no-dateline',
        reason: 'The story does not open with a dateline',
      }),
    );
    return { blocks: [...blocks], dateline: null, credits: [] };
  }
  const out = [...blocks];
  const rest = first.text.slice(match.length);
  // A dateline that was the whole paragraph leaves none behind.
  if (rest.length > 0) out[index] = { ...first, text: rest };
  else out.splice(index, 1);
  const offset = first.span?.start ?? 0;
  const credits: Credit[] = match.agency
    ? [{ name: match.agency.short, kind: 'copy', agency: match.agency.id, raw: match.raw }]
    : [];
  const dateline = match.city ? datelineAt(match, match.city, offset) : null;
  messages.push(
    message({
      stage: STAGE,
      rule: `structure/dateline-${match.style}`,
      reason: dateline
        ? `Dateline "${match.raw}" read as ${dateline.city}${dateline.agency ? ` (${dateline.agency})` : ''}`
        : `Agency prefix "${match.raw}" without a city: a copy credit, no dateline`,
      span: { start: offset, end: offset + match.raw.length },
      excerpt: match.raw,
    }),
  );
  return { blocks: out, dateline, credits };
}

/** A byline naming an agency (`Reuters`, `AFP`) credits the copy to it. */
function bylineCredits(authors: readonly string[]): Credit[] {
  const out: Credit[] = [];
  for (const author of authors) {
    const agency = findAgency(author.replace(/^by\s+/i, '').replace(/\s+staff$/i, ''));
    if (agency) out.push({ name: agency.short, kind: 'copy', agency: agency.id, raw: author });
  }
  return out;
}

function dedupeCredits(credits: readonly Credit[]): Credit[] {
  const seen = new Set<string>();
  return credits.filter((c) => {
    // The same agency credited twice for the copy (dateline and byline) is one credit.
    const key =
      c.agency && c.kind === 'copy'
        ? `copy\u0000${c.agency}`
        : `${c.kind}\u0000${c.name}\u0000${c.role ?? ''}\u0000${c.raw}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A first line that is only a byline naming an agency — `By Reuters`, `By AFP staff`, or the
 * name alone, as AP copy on other sites prints it ("Associated Press" above the dateline,
 * ScrapingHub 82b6d780, e7994d55) — names the agency that wrote the copy. The whole line must
 * be the agency: a sentence that starts with one is story text.
 */
function bylineLine(blocks: readonly Block[]): Credit | undefined {
  const first = blocks[0];
  if (first?.type !== 'paragraph') return undefined;
  return bylineCredits([first.text])[0];
}

/** `options.structure === false`: figures listed as the extractor gave them, nothing else read. */
function unstructured(doc: Extracted): Structured {
  const figures = doc.blocks.flatMap((b) => {
    if (b.type !== 'figure') return [];
    const { type: _type, span: _span, ...figure } = b;
    return [figure];
  });
  return { ...doc, dateline: null, credits: [], figures, teasers: [] };
}
