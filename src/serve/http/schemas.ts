/**
 * Zod schemas of the API: they validate requests and generate `GET /openapi.json`
 * (OpenAPI 3.1) — one description, so the document cannot drift from the code.
 * The full article record is documented field by field in docs/record.md; here it is
 * an open object, because its shape is the record format's, not the API's.
 */
import { z } from '@hono/zod-openapi';
import { FORMATS, type FormatName } from '../../format/index.ts';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not-found' }),
      message: z.string().openapi({ example: 'No article 42' }),
    }),
  })
  .openapi('Error');

export const IdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

const FORMAT_NAMES = Object.keys(FORMATS) as [FormatName, ...FormatName[]];

export const ExtractQuery = z.object({
  format: z.enum(FORMAT_NAMES).default('json').openapi({ description: 'Output format (docs/formats.md)' }),
  explain: z.enum(['0', '1']).optional().openapi({ description: '1 adds the extraction decisions' }),
  url: z.url().optional().openapi({ description: 'Page URL of posted HTML (resolves links)' }),
});

export const ExtractJson = z
  .object({
    url: z.url().optional().openapi({ description: 'A page to fetch (public addresses only)' }),
    html: z.string().optional().openapi({ description: 'HTML to extract instead of fetching' }),
  })
  .refine((b) => (b.url === undefined) !== (b.html === undefined), {
    message: 'give exactly one of "url" or "html"',
  })
  .openapi('ExtractRequest');

export const ArticleRecordSchema = z
  .looseObject({ id: z.number().int().optional(), title: z.string().nullable().optional() })
  .openapi('ArticleRecord', { description: 'The article record of docs/record.md (with `id` when stored)' });

export const SearchQuerySchema = z.object({
  q: z.string().max(500).optional().openapi({ description: 'Words, "phrases", prefix*' }),
  site: z.string().max(253).optional(),
  author: z.string().max(200).optional(),
  entity: z.string().max(200).optional(),
  from: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .optional(),
  to: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

const Hit = z
  .object({
    id: z.number().int(),
    title: z.string().optional(),
    url: z.string().optional(),
    site: z.string().optional(),
    published: z.string().optional(),
    snippet: z.string(),
    score: z.number(),
  })
  .openapi('SearchHit');

export const SearchResultSchema = z
  .object({ total: z.number().int(), hits: z.array(Hit) })
  .openapi('SearchResult');

const Member = z
  .object({
    id: z.number().int(),
    title: z.string().optional(),
    url: z.string().optional(),
    site: z.string().optional(),
    published: z.string().optional(),
    duplicateOf: z.number().int().optional(),
  })
  .openapi('StoryMember');

const StorySummary = z.object({
  id: z.number().int(),
  label: z.string().optional(),
  size: z.number().int(),
  sites: z.number().int(),
  firstPublished: z.string().optional(),
  lastPublished: z.string().optional(),
});

export const StoryListQuery = z.object({
  minSize: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export const StoryListSchema = z
  .object({ total: z.number().int(), stories: z.array(StorySummary.openapi('StorySummary')) })
  .openapi('StoryList');
export const StorySchema = StorySummary.extend({ members: z.array(Member) }).openapi('Story');

const QuoteInArticle = z
  .object({
    articleId: z.number().int(),
    title: z.string().optional(),
    quote: z.looseObject({ content: z.string() }),
  })
  .openapi('QuoteInArticle');

export const EntityParam = z.object({
  name: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'name', in: 'path' }, example: 'Ukraine' }),
});
export const EntitySchema = z
  .object({
    name: z.string(),
    type: z.string(),
    articles: z.array(Member),
    quotesBy: z.array(QuoteInArticle),
    quotesMentioning: z.array(QuoteInArticle),
  })
  .openapi('EntityReport');

export const IngestRequest = z
  .object({
    url: z.url({ protocol: /^https?$/ }).openapi({ description: 'A page, RSS/Atom/JSON feed or sitemap' }),
    maxPages: z.number().int().min(1).optional().openapi({ description: 'Capped by the server config' }),
  })
  .openapi('IngestRequest');

export const JobParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const JobSchema = z
  .object({
    id: z.string(),
    kind: z.literal('ingest'),
    target: z.string(),
    status: z.enum(['running', 'done', 'failed']),
    progress: z.object({
      pages: z.number().int(),
      stored: z.number().int(),
      unchanged: z.number().int(),
      failed: z.number().int(),
      listings: z.number().int(),
    }),
    startedAt: z.string(),
    finishedAt: z.string().optional(),
    error: z.string().optional(),
    lastErrors: z.array(z.string()),
  })
  .openapi('Job');

/** A JSON error response entry for `createRoute({responses})`. */
export function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: ErrorSchema } } };
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
