import { getBOMEncoding } from '@exodus/bytes/encoding.js';
import { DecodeError, LimitError } from '../errors.ts';
import type { Decoded, InputKind, Message, Source } from '../model.ts';
import type { Options } from '../options.ts';
import { type ByteFacts, byteFacts, looksBinary } from './bytes.ts';
import { chooseCharset } from './charset.ts';
import { type MediaType, parseContentType } from './content-type.ts';
import {
  isSniffMediaType,
  type KindDecision,
  kindFromMediaType,
  sniffKind,
  unsupportedContentType,
} from './kind.ts';
import { isUtf16, resolveLabel } from './labels.ts';
import { decodeMessage } from './messages.ts';
import { repairMojibake } from './mojibake.ts';
import { headOfPieces, joinPieces, utf8Pieces } from './pieces.ts';
import { KIND_SNIFF_CHARS } from './rules.ts';
import { decodeToPieces } from './text-decode.ts';

/**
 * Bytes → text the way a browser reads them (WHATWG HTML §13.2.3 "the input byte stream"): the
 * charset from BOM → HTTP `Content-Type` → `<meta>` prescan → detection, the kind from the caller,
 * the content type or sniffing. Every decision is recorded as a `decode/*` message.
 *
 * Throws `DecodeError` for input that is not text at all (a PDF, an image, binary junk) and
 * `LimitError` past `options.maxBytes`; an empty input is an empty document plus a warning.
 *
 * @example
 * decode({ input: 'a.html', bytes, contentType: 'text/html; charset=latin1' }, resolveOptions())
 * // → { kind: 'html', charset: 'windows-1252', charsetSource: 'http-header', content: '…', messages: […] }
 */
export function decode(source: Source, options: Options): Decoded {
  const { input, bytes } = source;
  if (bytes.length > options.maxBytes) {
    throw new LimitError(
      `Cannot decode "${input}": ${bytes.length} bytes is over the limit of ${options.maxBytes}`,
      'too-large',
    );
  }
  const fromHeader = source.contentType !== undefined;
  const media = parseContentType(source.contentType ?? options.contentType);
  const forced = source.kind ?? options.from;
  // A forced kind skips the content-type check: --from is the escape hatch for mislabelled servers.
  const preset: KindDecision | undefined =
    forced === undefined ? kindFromMediaType(input, media) : { kind: forced, reason: 'forced by the caller' };
  if (bytes.length === 0) return emptyDecoded(source, options, preset);

  const facts = byteFacts(bytes);
  rejectBinary(input, bytes, media, facts);
  const decision = chooseCharset(bytes, facts, {
    label: media.charset,
    from: fromHeader ? 'http-header' : 'caller',
    prescan: preset?.kind !== 'text',
  });
  const messages = [...decision.messages];
  let pieces: string[];
  // ASCII reads the same in UTF-8 as in every ASCII superset, and utf8Pieces copies it as Latin-1.
  if (facts.ascii && ASCII_SUPERSETS.test(decision.charset)) pieces = utf8Pieces(bytes);
  else {
    pieces = decodeToPieces(bytes, decision.charset);
    let repaired = 0;
    // Pieces are cut before ASCII characters and every mojibake sequence is non-ASCII, so no sequence spans two.
    for (let i = 0; i < pieces.length; i++) {
      const repair = repairMojibake(pieces[i]!);
      pieces[i] = repair.text;
      repaired += repair.repaired;
    }
    if (repaired > 0) messages.push(mojibakeMessage(repaired));
  }
  const kind = preset ?? sniffKind(input, headOfPieces(pieces, KIND_SNIFF_CHARS));
  return withUrl(source, options, {
    input,
    kind: kind.kind,
    content: joinPieces(pieces),
    pieces,
    charset: decision.charset,
    charsetSource: decision.source,
    messages: [...messages, kindMessage(kind)],
  });
}

/**
 * Encodings that read every byte below 0x80 as ASCII: an all-ASCII page decodes the same in
 * each, and Latin-1 is the cheapest decoding of it (a quarter of UTF-8's cost here).
 */
const ASCII_SUPERSETS = /^(?:utf-8|windows-125\d|iso-8859-\d+)$/;

/**
 * Binary junk is a broken contract, not a page. Skipped for a BOM (MIME Sniffing §7.2 treats a
 * BOM as proof of text) and for UTF-16 (declared or shaped so), whose ASCII text is half NUL bytes.
 */
function rejectBinary(input: string, bytes: Uint8Array, media: MediaType, facts: ByteFacts): void {
  if (facts.utf16 !== undefined) return;
  const declared = media.charset === undefined ? undefined : resolveLabel(media.charset);
  if (declared?.ok && isUtf16(declared.charset)) return;
  if (getBOMEncoding(bytes) !== null || !looksBinary(bytes)) return;
  if (isSniffMediaType(media)) throw unsupportedContentType(input, media.essence!);
  throw new DecodeError(`Cannot decode "${input}": looks like binary data, not text`, 'binary-content');
}

/** An empty input is a content problem (a 200 with no body), so a message, not an exception. */
function emptyDecoded(source: Source, options: Options, preset: KindDecision | undefined): Decoded {
  const kind: InputKind = preset?.kind ?? sniffKind(source.input, '').kind;
  const messages: Message[] = [decodeMessage('empty-input', 'the input has no bytes', 'warning')];
  return withUrl(source, options, {
    input: source.input,
    kind,
    content: '',
    pieces: [],
    charset: 'utf-8',
    charsetSource: 'default',
    messages,
  });
}

function mojibakeMessage(count: number): Message {
  return decodeMessage(
    'mojibake-repaired',
    `${count} sequence(s) of UTF-8 once misread as windows-1252 or Latin-1 (e.g. "â€™" for "’") repaired`,
    'warning',
  );
}

function kindMessage(decision: KindDecision): Message {
  return decodeMessage('kind', `read as ${decision.kind}: ${decision.reason}`);
}

/** Adds `url` only when known: absent means undefined, not a key holding undefined. */
function withUrl(source: Source, options: Options, decoded: Decoded): Decoded {
  const url = source.url ?? options.url;
  return url === undefined ? decoded : { ...decoded, url };
}
