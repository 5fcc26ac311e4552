import { message } from '../messages.ts';
import type { Attribution, Message } from '../model.ts';
import { checkPageBudget } from '../util/page-budget.ts';
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
    checkPageBudget();
    const why = q.direct || !q.speaker ? undefined : claimReason(q.speaker.text, q.cue?.lemma);
    if (!why || !q.cue || !q.speaker) {
      quotes.push(q);
      continue;
    }
    const a = toAttribution(text, q, q.cue, q.speaker);
    attributions.push(a);
    const reason = `claim attributed to ${a.sources.join(', ')}: ${why}${a.anonymous ? ' (anonymous sourcing)' : ''}`;
    messages.push(
      message({
        stage: 'enrich',
        rule: 'enrich/claim-attribution',
        reason,
        span: q.content,
        excerpt: a.claim,
      }),
    );
  }
  return { quotes, attributions, messages };
}

/** Why reported speech is a claim attribution, or undefined when it is a quote. */
function claimReason(subject: string, lemma: string | undefined): string | undefined {
  if (mediaSources(subject).length > 0) return 'its source is a news outlet';
  if (ANONYMOUS_SUBJECT.test(subject)) return 'its source is anonymous';
  if (DOCUMENT_SOURCE.test(subject)) return 'its source is a document';
  return lemma === 'report' ? 'the cue "report" attributes a claim' : undefined;
}

function toAttribution(
  text: string,
  q: FoundQuote,
  cue: NonNullable<FoundQuote['cue']>,
  speaker: NonNullable<FoundQuote['speaker']>,
): Attribution {
  const sources = mediaSources(speaker.text);
  // qualifiers after the claim ("…, citing unidentified sources") or inside the source ("A spokesperson who did not wish to be named")
  const qualifiers = [...qualifiersIn(speaker.text), ...qualifiersAfter(text, q.content.end)];
  return {
    sources: sources.length > 0 ? sources : [speaker.name ?? speaker.text],
    claim: text.slice(q.content.start, q.content.end),
    cue: cue.lemma === 'according to' ? 'according to' : text.slice(cue.span.start, cue.span.end),
    anonymous: ANONYMOUS_SUBJECT.test(speaker.text) || qualifiers.some((x) => x.anonymous),
    qualifiers: qualifiers.map((x) => x.text),
    claimSpan: q.content,
    cueSpan: cue.span,
  };
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
