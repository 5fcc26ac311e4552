/** Rows → `Article`: the inverse of src/store/rows.ts, keeping absent fields absent. */
import type {
  Article,
  Attribution,
  Block,
  Credit,
  CreditKind,
  EntityType,
  InputKind,
  Quote,
  Speaker,
  Teaser,
} from '../model.ts';
import type { ReadRows } from './rows.ts';
import { compact } from './rows.ts';

type Extra = Pick<
  Article,
  'tags' | 'metadataSources' | 'removed' | 'related' | 'messages' | 'dateline' | 'figures' | 'dates'
>;

const undef = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

export function fromRows(rows: ReadRows): Article {
  const r = rows.article;
  const extra = JSON.parse(r.extra) as Extra;
  const article: Article = {
    input: r.input,
    url: undef(r.url),
    kind: r.kind as InputKind,
    charset: r.charset,
    strategy: r.strategy,
    title: undef(r.title),
    authors: rows.authors.map((a) => a.name),
    published: undef(r.published),
    modified: undef(r.modified),
    language: undef(r.language),
    siteName: undef(r.site_name),
    canonicalUrl: undef(r.canonical_url),
    description: undef(r.description),
    image: undef(r.image),
    section: undef(r.section),
    tags: extra.tags,
    blocks: rows.blocks.map(readBlock),
    text: r.text,
    metadataSources: extra.metadataSources,
    removed: extra.removed,
    related: extra.related,
    messages: extra.messages,
    dateline: extra.dateline,
    credits: rows.credits.map(readCredit),
    figures: extra.figures,
    teasers: rows.teasers.map(readTeaser),
    quotes: rows.quotes.map(readQuote),
    attributions: rows.attributions.map(readAttribution),
    entities: rows.entities.map((e) => ({
      name: e.name,
      type: e.type as EntityType,
      mentions: JSON.parse(e.spans),
    })),
    dates: extra.dates,
  };
  // `dateline` is `Dateline | null` by contract: keep its null, drop only absent fields.
  return { ...compact(article), dateline: extra.dateline ?? null };
}

function readBlock(row: ReadRows['blocks'][number]): Block {
  const data = JSON.parse(row.data) as Record<string, unknown>;
  const span =
    row.span_start === null || row.span_end === null
      ? undefined
      : { start: row.span_start, end: row.span_end };
  return compact({ type: row.type, ...data, text: undef(row.text), span }) as unknown as Block;
}

function readTeaser(row: ReadRows['teasers'][number]): Teaser {
  const data = JSON.parse(row.data) as Pick<Teaser, 'caption' | 'credit' | 'dateline'>;
  return compact({
    title: undef(row.title),
    lead: row.lead,
    url: undef(row.url),
    truncated: row.truncated === 1,
    ...data,
  });
}

function readCredit(row: ReadRows['credits'][number]): Credit {
  return compact({
    name: row.name,
    kind: row.kind as CreditKind,
    agency: undef(row.agency),
    archive: row.archive === null ? undefined : row.archive === 1,
    raw: row.raw,
    role: undef(row.role),
  });
}

export function readQuote(row: ReadRows['quotes'][number]): Quote {
  const data = JSON.parse(row.data) as {
    cueSpan?: Quote['cueSpan'];
    speaker: Omit<Speaker, 'text' | 'name'>;
  };
  const speaker: Speaker = compact({
    text: row.speaker_text,
    name: undef(row.speaker_name),
    ...data.speaker,
  });
  return compact({
    content: row.content,
    cue: row.cue,
    verb: undef(row.verb),
    speaker,
    direct: row.direct === 1,
    start: row.start,
    end: row.end,
    cueSpan: data.cueSpan,
  });
}

function readAttribution(row: ReadRows['attributions'][number]): Attribution {
  const data = JSON.parse(row.data) as Pick<Attribution, 'sources' | 'qualifiers' | 'claimSpan' | 'cueSpan'>;
  return compact({ claim: row.claim, cue: row.cue, anonymous: row.anonymous === 1, ...data });
}
