/**
 * THE data model of Dateline: plain, serializable types only.
 *
 * Pipeline: Source → (decode) Decoded → (extract) Extracted → (structure) Structured
 *           → (enrich) Enriched = Article.
 * One coordinate system: every `Span` points into the article's plain `text`
 * (`text.slice(start, end)` is the value) unless its field says otherwise.
 * Absent means `undefined` (or `null` where a JSON contract asks for it), never `''`.
 */

/** Half-open character range `[start, end)` into a string named by the field's doc. */
export interface Span {
  start: number;
  end: number;
}

export type Stage = 'ingest' | 'decode' | 'extract' | 'structure' | 'enrich' | 'format' | 'cli';
export type Severity = 'info' | 'warning' | 'error';

/** A decision or problem, kept as data so `--explain` can print it. Rule ids are `stage/kebab-rule`. */
export interface Message {
  stage: Stage;
  rule: string;
  reason: string;
  severity: Severity;
  /** Into the article text, when the message concerns a part of it. */
  span?: Span;
  /** A short CSS-like path of the DOM node concerned (extraction messages). */
  node?: string;
  /** The first characters of the text concerned, to make the explanation readable. */
  excerpt?: string;
}

// ---------------------------------------------------------------- input

export type InputKind = 'html' | 'text';

/** Raw bytes as fetched or read, before anything is interpreted. */
export interface Source {
  /** The path or URL as the user gave it. */
  input: string;
  /** Final URL of the page, when known (after redirects). */
  url?: string;
  bytes: Uint8Array;
  /** HTTP `Content-Type` header value, when fetched. */
  contentType?: string;
  /** Forced by `--from`; otherwise decided by decode (content type, extension, sniffing). */
  kind?: InputKind;
  /** When the bytes were fetched (ISO 8601). */
  fetchedAt?: string;
}

export type CharsetSource = 'bom' | 'http-header' | 'meta' | 'detected' | 'default' | 'caller';

export interface Decoded {
  input: string;
  url?: string;
  kind: InputKind;
  /** The decoded document: HTML source or flattened text. */
  content: string;
  /**
   * The same document in pieces, `content === pieces.join('')`, each cut before a `<` where it
   * can be (src/decode/pieces.ts). Readers of a whole page read these: strings over 128 KB cost
   * V8 freshly mapped memory, so `content` is built as a rope that stays unflattened unless read.
   */
  pieces: readonly string[];
  /** WHATWG encoding name actually used, e.g. `windows-1252`. */
  charset: string;
  charsetSource: CharsetSource;
  messages: Message[];
}

// ---------------------------------------------------------------- blocks

/** Inline mark inside a block's own `text` (offsets relative to that block's text). */
export interface Mark {
  start: number;
  end: number;
  kind: 'link' | 'strong' | 'emphasis' | 'code';
  href?: string;
}

interface BlockBase {
  /** Where this block's text sits in the article text (absent for figures, which are not body text). */
  span?: Span;
}

export interface HeadingBlock extends BlockBase {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  text: string;
}
export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
  text: string;
  marks?: Mark[];
}
export interface ListBlock extends BlockBase {
  type: 'list';
  ordered: boolean;
  items: string[];
}
export interface TableBlock extends BlockBase {
  type: 'table';
  /** Rows of cell texts; the first row is a header when `header` is true. */
  rows: string[][];
  header: boolean;
}
export interface QuoteBlock extends BlockBase {
  type: 'quote';
  text: string;
  /** Who is quoted: the `<figcaption>` of the `<figure>` that holds the blockquote (HTML's quotation pattern). */
  cite?: string;
}
export interface CodeBlock extends BlockBase {
  type: 'code';
  text: string;
  language?: string;
}
/** Text of an embedded post (tweet, Instagram, YouTube description …) kept with its provider. */
export interface EmbedBlock extends BlockBase {
  type: 'embed';
  text: string;
  provider?: string;
  url?: string;
}
export interface FigureBlock extends BlockBase {
  type: 'figure';
  src?: string;
  alt?: string;
  caption?: string;
  /** Photo credit, e.g. `AFP/File`, `Getty Images`, a photographer's name. */
  credit?: string;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | QuoteBlock
  | CodeBlock
  | EmbedBlock
  | FigureBlock;

export type BlockType = Block['type'];

// ---------------------------------------------------------------- extraction

/** Page metadata. Field provenance (which source won) is in `Extracted.metadataSources`. */
export interface Metadata {
  /** The headline, not the site-suffixed `<title>`. */
  title?: string;
  /** Author names, never bylines of related stories. Empty when unknown. */
  authors: string[];
  /** ISO 8601, keeping time and offset where the page gives them. */
  published?: string;
  modified?: string;
  /** ISO 639-1. */
  language?: string;
  siteName?: string;
  canonicalUrl?: string;
  description?: string;
  image?: string;
  section?: string;
  tags: string[];
}

export type MetadataField = Exclude<keyof Metadata, 'authors' | 'tags'> | 'authors' | 'tags';

/** Why a part of the page was removed, for `--explain` and the "raw vs clean" view. */
export interface Removal {
  rule: string;
  reason: string;
  node: string;
  excerpt: string;
  /** Characters of text removed, whitespace runs counted as one (the extractor's text measure). */
  chars: number;
}

/**
 * A related-story / teaser item the extractor took out of the page (a "related",
 * "most read" or "more from" list), handed to the structure stage instead of being dropped.
 */
export interface RelatedItem {
  title?: string;
  url?: string;
  lead?: string;
  caption?: string;
  credit?: string;
}

export interface Extracted extends Metadata {
  input: string;
  url?: string;
  kind: InputKind;
  charset: string;
  /** Name of the strategy that produced the body (see extract/strategies). */
  strategy: string;
  blocks: Block[];
  /** Plain body text: non-figure blocks' texts joined by `\n`; blocks' spans point here. */
  text: string;
  /** Which source each metadata field came from, e.g. `{title: 'json-ld'}`. */
  metadataSources: Partial<Record<MetadataField, string>>;
  removed: Removal[];
  /** Teaser blocks removed from the page, for the structure stage to list as `teasers`. */
  related: RelatedItem[];
  messages: Message[];
}

// ---------------------------------------------------------------- structure

export interface Dateline {
  /** Normalized city, e.g. `Kyiv`, `Grand Rapids`. */
  city: string;
  /** Region or country as written, e.g. `Mich.` → `Michigan`. */
  region?: string;
  /** The date as written in the dateline, e.g. `Sept 8`. */
  date?: string;
  /** Agency named in the dateline, e.g. `AP`, `Reuters`. */
  agency?: string;
  /** The dateline as it appeared. */
  raw: string;
  /** Offsets into the extract stage's body text, before structure removed the dateline from it. */
  span: Span;
}

export type CreditKind = 'copy' | 'photo' | 'trailer';

/** Who supplied something: the copy (dateline/byline agency), a photo, or a trailer line. */
export interface Credit {
  name: string;
  kind: CreditKind;
  /** Canonical agency id from the agency lexicon, e.g. `reuters`, `app-pakistan`. */
  agency?: string;
  /** `Agency/File`: an archive photo. */
  archive?: boolean;
  /** The credit as written. */
  raw: string;
  /** Role for trailer credits: `reporting`, `editing`, `additional-reporting`, `inputs`. */
  role?: string;
}

export interface Figure {
  src?: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

export interface Teaser {
  title?: string;
  caption?: string;
  credit?: string;
  dateline?: Pick<Dateline, 'city' | 'region' | 'agency'>;
  lead: string;
  truncated: boolean;
  url?: string;
}

export interface Structured extends Extracted {
  dateline: Dateline | null;
  credits: Credit[];
  figures: Figure[];
  teasers: Teaser[];
}

// ---------------------------------------------------------------- enrich

export interface Speaker {
  /** The speaker as written at the cue ("it", "the ministry", "Sean Savett"). */
  text: string;
  /** Resolved name ("Sean Savett", "Ukraine's foreign ministry"). */
  name?: string;
  role?: string;
  affiliation?: string;
  span?: Span;
  /** Index into `entities` when resolved to one. */
  entity?: number;
}

export interface Quote {
  content: string;
  cue: string;
  /** Lemma of the cue verb, e.g. `say`, `tell`, `according to`. */
  verb?: string;
  speaker: Speaker;
  direct: boolean;
  /** Content span into `text`. */
  start: number;
  end: number;
  cueSpan?: Span;
}

export interface Attribution {
  sources: string[];
  claim: string;
  cue: string;
  anonymous: boolean;
  /** Anonymity or sourcing qualifiers as written ("citing unidentified sources"). */
  qualifiers: string[];
  claimSpan?: Span;
  cueSpan?: Span;
}

export type EntityType =
  | 'PERSON'
  | 'ORG'
  | 'GPE'
  | 'LOC'
  | 'NORP'
  | 'FAC'
  | 'EVENT'
  | 'WORK_OF_ART'
  | 'PRODUCT';

export interface Entity {
  name: string;
  type: EntityType;
  mentions: Span[];
}

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** ISO date or datetime, or null when no anchor is known. */
  resolved: string | null;
  /** How it was (or would be) resolved, e.g. `weekday-past-from-verb`. */
  rule: string;
}

export interface Enriched extends Structured {
  quotes: Quote[];
  attributions: Attribution[];
  entities: Entity[];
  dates: DateMention[];
}

/** The final record of one page. */
export type Article = Enriched;

/** One line of batch output: the article, or the error that stopped it. */
export interface ArticleResult {
  input: string;
  error: string | null;
  article?: Article;
}
