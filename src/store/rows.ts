/**
 * `Article` ↔ rows. Parts that are searched or joined on their own (authors, quotes,
 * entity mentions, credits) get columns; the rest of each part rides along as JSON.
 * `fromRows(toRows(a))` equals `a` as JSON (absent fields stay absent, never `null`).
 */
import type { Insertable, Selectable } from 'kysely';
import type { Article, Attribution, Block, Credit, Quote, Teaser } from '../model.ts';
import type {
  ArticleRow,
  AttributionRow,
  AuthorRow,
  BlockRow,
  CreditRow,
  MentionRow,
  QuoteRow,
  TeaserRow,
} from './schema.ts';

/**
 * Rows of one article's parts, keyed by table, without `article_id` (known once inserted)
 * and without global entity ids (known once the entities are written): a mention's entity
 * is the article's entity at its `position`, a quote's speaker is `speaker_entity`, an
 * index into the same list. So the rows can be built away from the database (in a worker).
 */
export interface PartRows {
  authors: Omit<AuthorRow, 'article_id'>[];
  blocks: Omit<BlockRow, 'article_id'>[];
  teasers: Omit<TeaserRow, 'article_id'>[];
  credits: Omit<CreditRow, 'article_id'>[];
  quotes: QuotePartRow[];
  attributions: Omit<AttributionRow, 'article_id'>[];
  mentions: Omit<MentionRow, 'article_id' | 'entity_id'>[];
}

/** A quote row whose speaker is still an index into the article's entities. */
export type QuotePartRow = Omit<QuoteRow, 'article_id' | 'speaker_entity_id'> & {
  speaker_entity: number | null;
};

export type ArticleColumns = Omit<Insertable<ArticleRow>, 'id' | 'added_at' | 'duplicate_of' | 'story_id'>;

/** Drops `undefined` (and `null` when asked) so rebuilt objects have the original keys. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined && v !== null) out[key] = v;
  return out as T;
}

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

export function articleColumns(a: Article, contentHash: string, site: string | undefined): ArticleColumns {
  const extra = {
    tags: a.tags,
    metadataSources: a.metadataSources,
    removed: a.removed,
    related: a.related,
    messages: a.messages,
    dateline: a.dateline,
    figures: a.figures,
    dates: a.dates,
  };
  return {
    url: orNull(a.url),
    input: a.input,
    content_hash: contentHash,
    site: orNull(site),
    kind: a.kind,
    charset: a.charset,
    strategy: a.strategy,
    title: orNull(a.title),
    published: orNull(a.published),
    published_at: orNull(toInstant(a.published)),
    modified: orNull(a.modified),
    language: orNull(a.language),
    site_name: orNull(a.siteName),
    canonical_url: orNull(a.canonicalUrl),
    description: orNull(a.description),
    image: orNull(a.image),
    section: orNull(a.section),
    text: a.text,
    extra: JSON.stringify(extra),
  };
}

/** An ISO date or datetime as a UTC instant (`2024-05-01T00:00:00.000Z`), if it parses. */
export function toInstant(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

export function partRows(a: Article): PartRows {
  return {
    authors: a.authors.map((name, position) => ({ position, name })),
    blocks: a.blocks.map(blockRow),
    teasers: a.teasers.map(teaserRow),
    credits: a.credits.map(creditRow),
    quotes: a.quotes.map(quoteRow),
    attributions: a.attributions.map(attributionRow),
    mentions: a.entities.map((e, position) => ({
      position,
      name: e.name,
      spans: JSON.stringify(e.mentions),
    })),
  };
}

function blockRow(block: Block, position: number): Omit<BlockRow, 'article_id'> {
  const { type, span, ...rest } = block;
  const text = 'text' in rest ? rest.text : undefined;
  const data: Record<string, unknown> = { ...rest };
  delete data.text;
  return {
    position,
    type,
    text: orNull(text),
    span_start: span ? span.start : null,
    span_end: span ? span.end : null,
    data: JSON.stringify(data),
  };
}

function teaserRow(t: Teaser, position: number): Omit<TeaserRow, 'article_id'> {
  const data = { caption: t.caption, credit: t.credit, dateline: t.dateline };
  return {
    position,
    title: orNull(t.title),
    lead: t.lead,
    url: orNull(t.url),
    truncated: t.truncated ? 1 : 0,
    data: JSON.stringify(data),
  };
}

function creditRow(c: Credit, position: number): Omit<CreditRow, 'article_id'> {
  return {
    position,
    name: c.name,
    kind: c.kind,
    agency: orNull(c.agency),
    archive: c.archive === undefined ? null : c.archive ? 1 : 0,
    raw: c.raw,
    role: orNull(c.role),
  };
}

function quoteRow(q: Quote, position: number): QuotePartRow {
  const { text, name, ...speakerRest } = q.speaker;
  return {
    position,
    content: q.content,
    cue: q.cue,
    verb: orNull(q.verb),
    direct: q.direct ? 1 : 0,
    start: q.start,
    end: q.end,
    speaker_text: text,
    speaker_name: orNull(name),
    speaker_entity: orNull(q.speaker.entity),
    data: JSON.stringify({ cueSpan: q.cueSpan, speaker: speakerRest }),
  };
}

function attributionRow(a: Attribution, position: number): Omit<AttributionRow, 'article_id'> {
  const data = { sources: a.sources, qualifiers: a.qualifiers, claimSpan: a.claimSpan, cueSpan: a.cueSpan };
  return { position, claim: a.claim, cue: a.cue, anonymous: a.anonymous ? 1 : 0, data: JSON.stringify(data) };
}

/** The rows read back for one article, each list in `position` order. */
export interface ReadRows {
  article: Selectable<ArticleRow>;
  authors: Pick<AuthorRow, 'name'>[];
  blocks: Selectable<BlockRow>[];
  teasers: Selectable<TeaserRow>[];
  credits: Selectable<CreditRow>[];
  quotes: Selectable<QuoteRow>[];
  attributions: Selectable<AttributionRow>[];
  entities: { name: string; type: string; spans: string }[];
}
