import type { InputKind } from '../model.ts';

/**
 * Named vocabularies and bounds of the decode stage, one reason per entry
 * (DESIGN.md "Heuristics are named data"). Every scan in decode is bounded by one of these.
 */

/** WHATWG HTML "prescan a byte stream to determine its encoding": the prescan reads at most 1024 bytes. */
export const PRESCAN_BYTES = 1024;

/**
 * Bytes handed to chardet for undeclared, non-UTF-8 pages. chardet costs ≈ 0.16 ms per KiB here,
 * so 16 KiB (≈ 2.5 ms) is the budget; a news page's first 16 KiB of non-ASCII text is plenty of evidence.
 */
export const DETECT_SAMPLE_BYTES = 16 * 1024;

/** The detection window starts this many bytes before the first non-ASCII byte, so it holds text, not `<head>` boilerplate. */
export const DETECT_LEAD_BYTES = 512;

/** Bytes inspected by the binary-data check (WHATWG MIME Sniffing §7.2 looks at the resource header only). */
export const BINARY_SAMPLE_BYTES = 4096;

/**
 * Share of "binary data bytes" (MIME Sniffing §3: 0x00–0x08, 0x0B, 0x0E–0x1A, 0x1C–0x1F) above which
 * the sample is binary. The spec rejects on a single such byte; real news pages carry the odd stray
 * control byte (a 0x1A from a CMS, a 0x0B from Word), so we ask for a clear share instead.
 */
export const BINARY_BYTE_RATIO = 0.05;

/**
 * Share of byte pairs in the head whose high byte is NUL, above which BOM-less bytes are taken for
 * UTF-16: Latin-script markup scores near 100 %, so 40 % leaves room for CJK text between the tags.
 */
export const UTF16_NUL_SHARE = 0.4;

/** Characters of decoded text searched for markup when the kind must be sniffed (the brief's "first KiB"). */
export const KIND_SNIFF_CHARS = 1024;

/** chardet confidence (0–100) below which the detection is a warning; its single-byte guesses on short
 * windows-1252 pages score 28–35 and are right, so the bar sits below that. */
export const WEAK_DETECTION_CONFIDENCE = 25;

/** Media types read as HTML (WHATWG MIME Sniffing §4.6 "HTML MIME type" plus XHTML). */
export const HTML_MEDIA_TYPES: Readonly<Record<string, string>> = {
  'text/html': 'the HTML MIME type',
  'application/xhtml+xml': 'XHTML is HTML in XML syntax; htmlparser2 reads it',
};

/** Media types read as plain text. Any other `text/*` type is also read as text (see kindFromMediaType). */
export const TEXT_MEDIA_TYPES: Readonly<Record<string, string>> = {
  'text/plain': 'plain text, e.g. a wire story or a saved article body',
};

/** Media types that say nothing reliable about the bytes: the kind is sniffed (MIME Sniffing §7.1). */
export const SNIFF_MEDIA_TYPES: Readonly<Record<string, string>> = {
  'application/octet-stream': 'servers send it for any file they cannot type; binary bytes still fail',
  'unknown/unknown': 'MIME Sniffing "unknown type"',
  'application/unknown': 'MIME Sniffing "unknown type"',
  '*/*': 'MIME Sniffing "unknown type"',
  'binary/octet-stream': 'a common misspelling of application/octet-stream on S3-hosted pages',
  'text/xml': 'may be XHTML served as generic XML',
  'application/xml': 'may be XHTML served as generic XML',
};

/** File extensions of the input path that decide the kind (browsers type file: URLs by extension too). */
export const EXTENSION_KINDS: Readonly<Record<string, InputKind>> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
};

/** Compression suffixes skipped when reading the extension (`page.html.gz` is an HTML page). */
export const COMPRESSION_SUFFIXES: readonly string[] = ['.gz', '.br', '.zst'];

/**
 * Tags whose presence in the first KiB means the text is HTML. The first group is WHATWG MIME
 * Sniffing §7.1 "identifying a resource with an unknown MIME type" (HTML patterns); the second
 * adds tags that open fragments of news pages saved without a document shell.
 */
export const MARKUP_TAGS: Readonly<Record<string, string>> = {
  '!doctype html': 'MIME Sniffing HTML pattern',
  html: 'MIME Sniffing HTML pattern',
  head: 'MIME Sniffing HTML pattern',
  body: 'MIME Sniffing HTML pattern',
  script: 'MIME Sniffing HTML pattern',
  iframe: 'MIME Sniffing HTML pattern',
  h1: 'MIME Sniffing HTML pattern',
  div: 'MIME Sniffing HTML pattern',
  font: 'MIME Sniffing HTML pattern',
  table: 'MIME Sniffing HTML pattern',
  a: 'MIME Sniffing HTML pattern',
  style: 'MIME Sniffing HTML pattern',
  title: 'MIME Sniffing HTML pattern',
  b: 'MIME Sniffing HTML pattern',
  br: 'MIME Sniffing HTML pattern',
  p: 'MIME Sniffing HTML pattern',
  meta: 'a saved page fragment often starts with its <meta> tags',
  article: 'article fragments copied out of a page',
  section: 'article fragments copied out of a page',
  main: 'article fragments copied out of a page',
  span: 'inline markup in a fragment',
  h2: 'sub-headings in a fragment',
  h3: 'sub-headings in a fragment',
  ul: 'lists in a fragment',
  ol: 'lists in a fragment',
  img: 'figures in a fragment',
  figure: 'figures in a fragment',
};
