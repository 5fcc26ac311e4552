/**
 * The JSON record: plain data, one per page, a CONTRACT for outside tools (docs/record.md
 * documents every key). Keys are stable: absent optional metadata is `null`, lists are
 * always arrays, so `jq .dateline.city` or a column mapping never meets a missing key.
 */
import type { Article, Message } from '../model.ts';
import type { ArticleRecord, RecordMessage } from './record-types.ts';

export type { ArticleRecord, RecordMessage, RecordSpeaker } from './record-types.ts';

/** `undefined` → `null`: the record's keys never disappear. */
function orNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

function recordMessage(m: Message): RecordMessage {
  return {
    stage: m.stage,
    rule: m.rule,
    reason: m.reason,
    severity: m.severity,
    span: m.span ? { start: m.span.start, end: m.span.end } : null,
    node: orNull(m.node),
    excerpt: orNull(m.excerpt),
  };
}

/** The structure and enrich part of the record. */
function annotations(
  a: Article,
): Pick<
  ArticleRecord,
  'dateline' | 'credits' | 'figures' | 'teasers' | 'quotes' | 'attributions' | 'entities' | 'dates'
> {
  const d = a.dateline;
  return {
    dateline: d
      ? { city: d.city, region: orNull(d.region), date: orNull(d.date), agency: orNull(d.agency) }
      : null,
    credits: a.credits.map((c) => ({
      name: c.name,
      kind: c.kind,
      agency: orNull(c.agency),
      role: orNull(c.role),
    })),
    figures: a.figures.map((f) => ({
      caption: orNull(f.caption),
      credit: orNull(f.credit),
      src: orNull(f.src),
      alt: orNull(f.alt),
    })),
    teasers: a.teasers.map((t) => ({
      title: orNull(t.title),
      caption: orNull(t.caption),
      credit: orNull(t.credit),
      dateline: t.dateline ? { city: t.dateline.city } : null,
      lead: t.lead,
      truncated: t.truncated,
      url: orNull(t.url),
    })),
    quotes: a.quotes.map((q) => ({
      content: q.content,
      cue: q.cue,
      verb: orNull(q.verb),
      speaker: {
        text: q.speaker.text,
        name: orNull(q.speaker.name),
        role: orNull(q.speaker.role),
        affiliation: orNull(q.speaker.affiliation),
      },
      direct: q.direct,
      start: q.start,
      end: q.end,
    })),
    attributions: a.attributions.map((t) => ({
      sources: [...t.sources],
      claim: t.claim,
      cue: t.cue,
      anonymous: t.anonymous,
      qualifiers: [...t.qualifiers],
    })),
    entities: a.entities.map((e) => ({
      name: e.name,
      type: e.type,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
    })),
    dates: a.dates.map((d) => ({
      text: d.text,
      start: d.start,
      end: d.end,
      resolved: d.resolved,
      rule: d.rule,
    })),
  };
}

/** The JSON record of one article (plain data; see docs/record.md). */
export function toRecord(a: Article): ArticleRecord {
  return {
    input: a.input,
    url: orNull(a.url),
    error: null,
    title: orNull(a.title),
    authors: [...a.authors],
    published: orNull(a.published),
    modified: orNull(a.modified),
    language: orNull(a.language),
    siteName: orNull(a.siteName),
    canonicalUrl: orNull(a.canonicalUrl),
    description: orNull(a.description),
    image: orNull(a.image),
    section: orNull(a.section),
    tags: [...a.tags],
    text: a.text,
    blocks: structuredClone(a.blocks),
    ...annotations(a),
    strategy: a.strategy,
    charset: a.charset,
    metadataSources: { ...a.metadataSources },
    messages: a.messages.map(recordMessage),
  };
}

/** The record of a page that failed (JSON Lines batch output): same keys, `text` "", `error` set. */
export function errorRecord(input: string, error: string): ArticleRecord {
  return {
    input,
    url: null,
    error,
    title: null,
    authors: [],
    published: null,
    modified: null,
    language: null,
    siteName: null,
    canonicalUrl: null,
    description: null,
    image: null,
    section: null,
    tags: [],
    text: '',
    blocks: [],
    dateline: null,
    credits: [],
    figures: [],
    teasers: [],
    quotes: [],
    attributions: [],
    entities: [],
    dates: [],
    strategy: null,
    charset: null,
    metadataSources: {},
    messages: [],
  };
}

/** Pretty-printed JSON record (2-space indent, trailing newline). */
export function toJson(a: Article): string {
  return `${JSON.stringify(toRecord(a), null, 2)}\n`;
}

/** One JSON Lines line (no pretty print, no trailing newline; the writer adds `\n`). */
export function toJsonLine(a: Article): string {
  return JSON.stringify(toRecord(a));
}
