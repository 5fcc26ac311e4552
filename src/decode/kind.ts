import { DecodeError } from '../errors.ts';
import type { InputKind } from '../model.ts';
import type { MediaType } from './content-type.ts';
import {
  COMPRESSION_SUFFIXES,
  EXTENSION_KINDS,
  HTML_MEDIA_TYPES,
  KIND_SNIFF_CHARS,
  MARKUP_TAGS,
  SNIFF_MEDIA_TYPES,
  TEXT_MEDIA_TYPES,
} from './rules.ts';

/** A kind and the reason it was chosen (for the `decode/kind` message). */
export interface KindDecision {
  kind: InputKind;
  reason: string;
}

/**
 * The kind a content type fixes, undefined when it leaves the kind to sniffing, or a DecodeError
 * when it names something that is neither HTML nor text (`image/png`, `application/pdf`, …):
 * decoding those would feed garbage to every later stage, a broken contract rather than a content problem.
 */
export function kindFromMediaType(input: string, media: MediaType): KindDecision | undefined {
  const essence = media.essence;
  if (essence === undefined || essence in SNIFF_MEDIA_TYPES) return undefined;
  if (essence in HTML_MEDIA_TYPES) return { kind: 'html', reason: `content type ${essence}` };
  // Any other text/* (text/markdown, text/csv) is still human-readable text (MIME Sniffing §4.6).
  if (essence in TEXT_MEDIA_TYPES || essence.startsWith('text/')) {
    return { kind: 'text', reason: `content type ${essence}` };
  }
  throw unsupportedContentType(input, essence);
}

export function unsupportedContentType(input: string, essence: string): DecodeError {
  return new DecodeError(
    `Cannot decode "${input}": content type "${essence}" is not HTML or text`,
    'unsupported-content-type',
  );
}

/** Whether a content type left the kind open because it says nothing (application/octet-stream …). */
export function isSniffMediaType(media: MediaType): boolean {
  return media.essence !== undefined && media.essence in SNIFF_MEDIA_TYPES;
}

/**
 * Kind of a page whose content type said nothing: the input path's extension first (browsers type
 * `file:` URLs by extension, and a user who saved `story.txt` means text), then markup in the first
 * KiB of decoded text (MIME Sniffing §7.1 HTML patterns, searched anywhere in the KiB rather than
 * only at its start, since saved pages often open with a BOM, a comment or a blank line), else text.
 */
export function sniffKind(input: string, content: string): KindDecision {
  const extension = extensionOf(input);
  const byExtension = extension === undefined ? undefined : EXTENSION_KINDS[extension];
  if (byExtension !== undefined) return { kind: byExtension, reason: `input path ends in ${extension}` };
  const tag = MARKUP_PATTERN.exec(content.slice(0, KIND_SNIFF_CHARS));
  if (tag !== null) return { kind: 'html', reason: `markup (${tag[0].trim()}) in the first KiB` };
  return { kind: 'text', reason: 'no markup in the first KiB' };
}

const MARKUP_PATTERN = new RegExp(
  `<(?:${Object.keys(MARKUP_TAGS)
    .map((tag) => tag.replace(/ /g, '\\s+'))
    .join('|')})(?=[\\s>/])|<!--`,
  'i',
);

/** `.html` of `https://x.test/a/story.html?id=1` or `page.html.gz`; undefined when there is none. */
function extensionOf(input: string): string | undefined {
  let path = input.split(/[?#]/, 1)[0]!.toLowerCase();
  for (const suffix of COMPRESSION_SUFFIXES) {
    if (path.endsWith(suffix)) path = path.slice(0, -suffix.length);
  }
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : undefined;
}
