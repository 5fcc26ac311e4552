import { getBOMEncoding } from '@exodus/bytes/encoding.js';
import type { CharsetSource, Message } from '../model.ts';
import type { ByteFacts } from './bytes.ts';
import { detectCharset } from './detect.ts';
import { isUtf16, resolveLabel } from './labels.ts';
import { decodeMessage } from './messages.ts';
import { prescanMeta } from './prescan.ts';
import { PRESCAN_BYTES } from './rules.ts';

/** The encoding a page is decoded with, which step chose it, and the trail of the choice. */
export interface CharsetDecision {
  charset: string;
  source: CharsetSource;
  messages: Message[];
}

/** A charset declared outside the bytes: the HTTP header, or a content type the caller passed. */
export interface Declaration {
  label?: string;
  from: Extract<CharsetSource, 'http-header' | 'caller'>;
  /** Run the `<meta>` prescan (HTML only: §13.2.3.2 is the HTML parser's algorithm). */
  prescan: boolean;
}

const FROM_TEXT: Record<CharsetSource, string> = {
  bom: 'the byte order mark',
  'http-header': 'the HTTP Content-Type header',
  caller: "the caller's content type",
  meta: 'the <meta> prescan',
  detected: 'the bytes',
  default: 'the default',
};

/**
 * WHATWG HTML §13.2.3.2 "determining the character encoding", in its order:
 * BOM sniff (Encoding §6 "BOM sniff") → transport-layer charset → `<meta>` prescan → detection.
 * One deviation, logged as `decode/utf8-overrides-declaration`: a declared legacy encoding loses to
 * bytes that are valid, non-ASCII UTF-8 — the mislabelled-after-a-CMS-migration page, which a
 * browser shows as mojibake but which we can read correctly.
 */
export function chooseCharset(
  bytes: Uint8Array,
  facts: ByteFacts,
  declaration: Declaration,
): CharsetDecision {
  const messages: Message[] = [];
  const header = declaredCharset(declaration, messages);
  const bom = getBOMEncoding(bytes);
  if (bom !== null) {
    if (header !== undefined && header !== bom) {
      messages.push(
        decodeMessage(
          'bom-overrides-declaration',
          `${FROM_TEXT[declaration.from]} says ${header} but the page starts with a ${bom} byte order mark; the BOM wins`,
        ),
      );
    }
    return settle({ charset: bom, source: 'bom', messages }, facts);
  }
  const meta = declaration.prescan ? prescanMeta(bytes) : { rejected: [] };
  for (const label of meta.rejected) {
    messages.push(
      decodeMessage('unknown-charset', `<meta> declares unknown charset "${label}"; ignored`, 'warning'),
    );
  }
  if (header !== undefined && meta.charset !== undefined && meta.charset !== header) {
    messages.push(
      decodeMessage(
        'header-overrides-meta',
        `${FROM_TEXT[declaration.from]} says ${header} and <meta> says ${meta.charset}; the header wins`,
      ),
    );
  }
  if (header !== undefined) return settle(checked(header, declaration.from, bytes, facts, messages), facts);
  if (meta.charset !== undefined) return settle(checked(meta.charset, 'meta', bytes, facts, messages), facts);
  const detection = detectCharset(bytes, facts);
  return settle({ ...detection, messages: [...messages, ...detection.messages] }, facts);
}

/** The declared label resolved, or undefined with a message when it names nothing usable. */
function declaredCharset(declaration: Declaration, messages: Message[]): string | undefined {
  if (declaration.label === undefined) return undefined;
  const label = resolveLabel(declaration.label);
  if (label.ok) return label.charset;
  const what =
    label.problem === 'unknown' ? 'unknown charset' : 'charset mapped to the WHATWG replacement encoding';
  messages.push(
    decodeMessage(
      label.problem === 'unknown' ? 'unknown-charset' : 'unsupported-charset',
      `${FROM_TEXT[declaration.from]} declares ${what} "${declaration.label}"; ignored`,
      'warning',
    ),
  );
  return undefined;
}

/** A declared charset, unless the bytes are UTF-8 that the declaration would garble. */
function checked(
  charset: string,
  source: CharsetSource,
  bytes: Uint8Array,
  facts: ByteFacts,
  messages: Message[],
): CharsetDecision {
  if (!contradictsUtf8(charset, bytes, facts)) {
    messages.push(decodeMessage('charset', `${charset} from ${FROM_TEXT[source]}`));
    return { charset, source, messages };
  }
  messages.push(
    decodeMessage(
      'utf8-overrides-declaration',
      `${FROM_TEXT[source]} says ${charset} but the bytes are valid UTF-8 with non-ASCII text; decoded as UTF-8`,
      'warning',
    ),
  );
  return { charset: 'utf-8', source: 'detected', messages };
}

function contradictsUtf8(charset: string, bytes: Uint8Array, facts: ByteFacts): boolean {
  if (charset === 'utf-8' || !facts.utf8) return false;
  // UTF-16 markup is half NUL bytes; UTF-8 HTML has none, so no NUL in the head means "not UTF-16".
  if (isUtf16(charset)) return bytes.subarray(0, PRESCAN_BYTES).indexOf(0) < 0;
  // Pure ASCII reads the same in every ASCII-compatible encoding (ISO-2022-JP included).
  return !facts.ascii;
}

/** Adds the closing notes every decision needs: the BOM message, malformed UTF-8. */
function settle(decision: CharsetDecision, facts: ByteFacts): CharsetDecision {
  const messages = [...decision.messages];
  if (decision.source === 'bom') {
    messages.push(decodeMessage('charset', `${decision.charset} from ${FROM_TEXT.bom}`));
  }
  if (decision.charset === 'utf-8' && !facts.utf8) {
    messages.push(
      decodeMessage(
        'invalid-utf8',
        'the page is read as UTF-8 but some bytes are malformed; they become U+FFFD, as in a browser',
        'warning',
      ),
    );
  }
  return { ...decision, messages };
}
