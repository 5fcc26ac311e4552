import { message } from '../messages.ts';
import type { Attribution, Message } from '../model.ts';
import { canonicalMedia, isMedia } from './entities/gazetteer.ts';
import { ANONYMOUS_SUBJECT, DOCUMENT_SOURCE, SOURCING_QUALIFIERS } from './lexicon/anonymity.ts';
import type { FoundQuote } from './quotes/types.ts';

/**
 * Splits reported speech into quotes and claim attributions (issue 4): a claim is
 * attributed when its source is a news outlet ("CNN and the Wall Street Journal reported"),
 * when the cue is "report", or when the source is anonymous ("people familiar with the matter").
 */
export function splitAttributions(
  text: string,
  found: readonly FoundQuote[],
): { quotes: FoundQuote[]; attributions: Attribution[]; messages: Message[] } {
  const quotes: FoundQuote[] = [];
  const attributions: Attribution[] = [];
  const messages: Message[] = [];
  for (const q of found) {
    const sources = q.speaker ? mediaSources(q.speaker.text) : [];
    const anonymousSubject = q.speaker !== undefined && ANONYMOUS_SUBJECT.test(q.speaker.text);
    const documentSource = q.speaker !== undefined && DOCUMENT_SOURCE.test(q.speaker.text);
    const isClaim =
      !q.direct && (sources.length > 0 || q.cue?.lemma === 'report' || anonymousSubject || documentSource);
    if (!isClaim || !q.cue || !q.speaker) {
      quotes.push(q);
      continue;
    }
    // qualifiers after the claim ("…, citing unidentified sources") or inside the source ("A spokesperson who did not wish to be named")
    const qualifiers = [...qualifiersIn(q.speaker.text), ...qualifiersAfter(text, q.content.end)];
    const anonymous = anonymousSubject || qualifiers.some((x) => x.anonymous);
    const named = sources.length > 0 ? sources : [q.speaker.name ?? q.speaker.text];
    attributions.push({
      sources: named,
      claim: text.slice(q.content.start, q.content.end),
      cue: q.cue.lemma === 'according to' ? 'according to' : text.slice(q.cue.span.start, q.cue.span.end),
      anonymous,
      qualifiers: qualifiers.map((x) => x.text),
      claimSpan: q.content,
      cueSpan: q.cue.span,
    });
    const why =
      sources.length > 0
        ? 'its source is a news outlet'
        : anonymousSubject
          ? 'its source is anonymous'
          : 'the cue "report" attributes a claim';
    messages.push(
      message({
        stage: 'enrich',
        rule: 'enrich/claim-attribution',
        reason: `claim attributed to ${named.join(', ')}: ${why}${anonymous ? ' (anonymous sourcing)' : ''}`,
        span: q.content,
        excerpt: text.slice(q.content.start, q.content.end),
      }),
    );
  }
  return { quotes, attributions, messages };
}

/** "CNN and the Wall Street Journal" → ["CNN", "The Wall Street Journal"] when every part is an outlet. */
function mediaSources(subject: string): string[] {
  const parts = subject
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return parts.length > 0 && parts.every(isMedia) ? parts.map(canonicalMedia) : [];
}

/** Anonymity qualifiers written inside the source phrase. */
function qualifiersIn(source: string): { text: string; anonymous: boolean }[] {
  const m =
    /\bwho (?:did not wish|asked not|declined|requested not|was not authori[sz]ed) to be (?:named|identified)\b[^,.;]*|\b(?:who spoke )?on (?:the )?condition of anonymity\b[^,.;]*/i.exec(
      source,
    );
  return m ? [{ text: m[0].trim(), anonymous: true }] : [];
}

/** Sourcing qualifiers in the rest of the sentence after a claim. */
function qualifiersAfter(text: string, from: number): { text: string; anonymous: boolean }[] {
  const stop = text.slice(from).search(/[.!?](?:\s|$)|\n/);
  const tail = text.slice(from, stop < 0 ? undefined : from + stop);
  for (const q of SOURCING_QUALIFIERS) {
    const m = q.pattern.exec(tail);
    if (m) return [{ text: m[0].trim(), anonymous: q.anonymous }];
  }
  return [];
}
