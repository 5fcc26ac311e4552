/**
 * The JSON record: plain data, one per page, a CONTRACT for outside tools (docs/record.md
 * documents every key). Keys are stable: absent optional metadata is `null`, lists are
 * always arrays, so `jq .dateline.city` or a column mapping never meets a missing key.
 */
import type { Article, Block, CreditKind, EntityType, Message, MetadataField, Span } from '../model.ts';

export interface RecordSpeaker {
  text: string;
  name: string | null;
  role: string | null;
  affiliation: string | null;
}

export interface RecordMessage {
  stage: string;
  rule: string;
  reason: string;
  severity: string;
  span: Span | null;
  node: string | null;
  excerpt: string | null;
}

export interface ArticleRecord {
  input: string;
  url: string | null;
  error: string | null;
  title: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  language: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  description: string | null;
  image: string | null;
  section: string | null;
  tags: string[];
  text: string;
  blocks: Block[];
  dateline: { city: string; region: string | null; date: string | null; agency: string | null } | null;
  credits: { name: string; kind: CreditKind; agency: string | null; role: string | null }[];
  figures: { caption: string | null; credit: string | null; src: string | null; alt: string | null }[];
  teasers: {
    title: string | null;
    caption: string | null;
    credit: string | null;
    dateline: { city: string } | null;
    lead: string;
    truncated: boolean;
    url: string | null;
  }[];
  quotes: {
    content: string;
    cue: string;
    verb: string | null;
    speaker: RecordSpeaker;
    direct: boolean;
    start: number;
    end: number;
  }[];
  attributions: { sources: string[]; claim: string; cue: string; anonymous: boolean; qualifiers: string[] }[];
  entities: { name: string; type: EntityType; mentions: Span[] }[];
  dates: { text: string; start: number; end: number; resolved: string | null; rule: string }[];
  strategy: string | null;
  charset: string | null;
  metadataSources: Partial<Record<MetadataField, string>>;
  messages: RecordMessage[];
}

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
