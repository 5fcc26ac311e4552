import type { Span, Speaker } from '../../model.ts';
import { insideAny, lastEndingBy, mentionsWithin } from '../../util/span-search.ts';
import type { EntityResult } from '../entities/index.ts';
import type { ParsedSpeaker } from './speaker.ts';

/** A speaker already met, for pronoun and nominal resolution (nearest compatible earlier speaker). */
export interface Known {
  speaker: Speaker;
  kind: 'person' | 'org';
  at: number;
}

/** Entity mentions in text order (span-search.ts `inTextOrder`). */
export type Mentions = readonly EntityResult['mentions'][number][];
type Mention = Mentions[number];

/** Nominal heads that stand for the organisation last named ("the company said", "the statement said"). */
const GENERIC_ORG_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'group',
  'organization',
  'organisation',
  'startup',
  'retailer',
  'carrier',
  'airline',
  'automaker',
  'manufacturer',
  'bank',
  'agency',
  'network',
  'publisher',
  'team',
  'club',
  'statement',
  'management',
  'label',
  'office',
  'administration',
]);

export interface Antecedent {
  speaker: Speaker;
  kind: Known['kind'];
  from: 'speaker' | 'entity';
}

/**
 * he/she/I → the nearest earlier person: a person already quoted or a person named first in
 * a sentence (a subject: "Wild defenseman Ryan Suter … could see …. “…,” he said");
 * it/they/we → the last organisation quoted, else the last organisation named
 * (issue 4: "it said" → Iran's mission to the United Nations).
 */
export function byPronoun(
  p: ParsedSpeaker,
  known: Known[],
  subjects: Mentions,
  entities: EntityResult['entities'],
): Antecedent | undefined {
  const pronoun = p.text.toLowerCase();
  if (pronoun === 'he' || pronoun === 'she' || pronoun === 'i') {
    const speaker = lastKnown(known, (k) => k.kind === 'person' && k.at < p.span.start);
    const subject = lastEndingBy(subjects, p.span.start, (m) => m.type === 'PERSON');
    if (subject && (!speaker || subject.start > speaker.at)) {
      const name = entities[subject.entity]?.name ?? subject.name;
      return { speaker: { text: p.text, name, entity: subject.entity }, kind: 'person', from: 'entity' };
    }
    return speaker && { speaker: speaker.speaker, kind: 'person', from: 'speaker' };
  }
  const org =
    lastKnown(known, (k) => k.kind === 'org') ?? (pronoun === 'they' ? known[known.length - 1] : undefined);
  return org && { speaker: org.speaker, kind: org.kind, from: 'speaker' };
}

/** "the ministry" → the last speaker whose name or role has that head noun; "the company" → the last organisation. */
export function byHead(p: ParsedSpeaker, known: Known[], mentions: Mentions): Antecedent | undefined {
  const head = headOf(p.text);
  const speaker = lastKnown(known, (k) =>
    `${k.speaker.name ?? ''} ${k.speaker.role ?? ''} ${k.speaker.text}`.toLowerCase().includes(head),
  );
  if (speaker) return { speaker: speaker.speaker, kind: speaker.kind, from: 'speaker' };
  const named = lastEndingBy(mentions, p.span.start, (m) => m.name.toLowerCase().includes(head));
  if (named)
    return { speaker: { text: p.text, name: named.name, entity: named.entity }, kind: 'org', from: 'entity' };
  if (!GENERIC_ORG_NOUNS.has(head)) return undefined;
  const org = lastKnown(known, (k) => k.kind === 'org');
  const lastOrg = lastEndingBy(mentions, p.span.start, (m) => m.type === 'ORG');
  if (lastOrg && (!org || lastOrg.start > org.at))
    return {
      speaker: { text: p.text, name: lastOrg.name, entity: lastOrg.entity },
      kind: 'org',
      from: 'entity',
    };
  return org && { speaker: org.speaker, kind: 'org', from: 'speaker' };
}

/** The PERSON mention that names the speaker: the one inside its name, else the first inside the phrase. */
export function personMention(
  text: string,
  p: ParsedSpeaker,
  mentions: Mentions,
): Mentions[number] | undefined {
  // "Rudolph's supporters", "President Trump’s advisers": a possessive name is not the speaker
  const inside = mentionsWithin(mentions, p.span).filter(
    (m) => m.type === 'PERSON' && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)),
  );
  return (
    inside.find((m) => p.name !== undefined && (p.name.includes(m.name) || m.name.includes(p.name))) ??
    inside[0]
  );
}

/**
 * First PERSON and first ORG mention of every sentence, outside quotations: the likely
 * subjects, for pronouns ("“Pat Carlineo is passionate …,” she said" is not about Carlineo).
 */
export function sentenceSubjects(
  sentences: readonly Span[],
  mentions: Mentions,
  quoted: readonly Span[],
): Mentions {
  const out: Mention[] = [];
  const inQuote = insideAny(quoted);
  const outside = mentions.filter((m) => !inQuote(m));
  // One pass over both, in text order (sentences come sorted and disjoint); a scan of every
  // mention per sentence was quadratic and a tenth of enrich's time on long pages.
  const byStart = outside.sort((a, b) => a.start - b.start);
  let from = 0;
  for (const s of sentences) {
    while (from < byStart.length && (byStart[from] as Mention).start < s.start) from++;
    let person: Mention | undefined;
    let org: Mention | undefined;
    for (let i = from; i < byStart.length && !(person && org); i++) {
      const m = byStart[i] as Mention;
      if (m.start >= s.end) break;
      if (m.end > s.end) continue;
      if (m.type === 'PERSON') person ??= m;
      else if (m.type === 'ORG') org ??= m;
    }
    if (person) out.push(person);
    if (org) out.push(org);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The latest speaker met that passes `test` (the list grows in text order). */
function lastKnown(known: readonly Known[], test: (k: Known) => boolean): Known | undefined {
  for (let i = known.length - 1; i >= 0; i--) if (test(known[i] as Known)) return known[i];
  return undefined;
}

function headOf(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}
