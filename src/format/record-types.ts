/**
 * Types of the JSON record (docs/record.md): the contract outside tools rely on. Stable
 * keys: absent optional values are `null`, lists are always arrays.
 */
import type { Block, CreditKind, EntityType, MetadataField, Span } from '../model.ts';

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
