import { message, shortExcerpt } from '../../messages.ts';
import type { Message } from '../../model.ts';
import { checkPageBudget } from '../../util/page-budget.ts';
import { paragraphsOf } from '../text/segments.ts';
import type { FoundQuote } from './types.ts';

/**
 * Gives quotes with no cue next to them the speaker of their paragraph, or of the
 * previous paragraph's last quote (AP style: a speaker named once carries over the
 * following quote paragraphs). Quotes left without a speaker are dropped with a message.
 */
export function fillMissingSpeakers(
  text: string,
  found: readonly FoundQuote[],
): { quotes: FoundQuote[]; messages: Message[] } {
  const paragraphs = paragraphsOf(text);
  const paragraphOf = (at: number): number => paragraphs.findIndex((p) => at >= p.start && at <= p.end);
  const sorted = [...found].sort((a, b) => a.content.start - b.content.start);
  const quotes: FoundQuote[] = [];
  const messages: Message[] = [];
  for (const [i, q] of sorted.entries()) {
    checkPageBudget();
    if (q.speaker) {
      quotes.push(q);
      continue;
    }
    const here = paragraphOf(q.content.start);
    const same =
      [...sorted.slice(0, i)].reverse().find((o) => o.speaker && paragraphOf(o.content.end) === here) ??
      sorted.slice(i + 1).find((o) => o.speaker && paragraphOf(o.content.start) === here);
    const previous = quotes[quotes.length - 1];
    const carried = previous?.direct && paragraphOf(previous.content.end) === here - 1 ? previous : undefined;
    const donor = same ?? carried;
    if (donor?.speaker && donor.cue) {
      quotes.push({
        ...q,
        speaker: donor.speaker,
        cue: donor.cue,
        rule: same ? 'speaker-same-paragraph' : 'speaker-carried-over',
      });
      continue;
    }
    messages.push(
      message({
        stage: 'enrich',
        rule: 'enrich/quote-without-speaker',
        reason: `quote “${shortExcerpt(text.slice(q.content.start, q.content.end), 40)}” has no cue or speaker nearby; not reported`,
        span: q.content,
        excerpt: text.slice(q.content.start, q.content.end),
      }),
    );
  }
  return { quotes, messages };
}
