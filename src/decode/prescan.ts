import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { resolveLabel } from './labels.ts';
import { PRESCAN_BYTES } from './rules.ts';

/** Outcome of the `<meta>` prescan of the first 1024 bytes. */
export interface PrescanResult {
  /** The declared encoding, lowercase WHATWG name; absent when nothing usable was declared. */
  charset?: string;
  /** What declared it: a `<meta>` tag, an XML declaration, or a UTF-16 `<?xml` byte pattern. */
  via?: 'meta' | 'xml-declaration' | 'xml-prefix';
  /** Labels found in `charset=` declarations that name no usable encoding (`x-foo`), for messages. */
  rejected: string[];
}

const VIA: Partial<Record<ResultType, PrescanResult['via']>> = {
  [ResultType.META_TAG]: 'meta',
  [ResultType.XML_ENCODING]: 'xml-declaration',
  [ResultType.XML_PREFIX]: 'xml-prefix',
};

/**
 * WHATWG HTML §13.2.3.2 "prescan a byte stream to determine its encoding", run by encoding-sniffer
 * on the first 1024 bytes only. The sniffer already applies the spec's fix-ups (a `<meta>` naming
 * UTF-16 means UTF-8, `x-user-defined` means windows-1252) and skips labels it cannot resolve, as
 * the spec says; we look for those skipped labels ourselves so the page gets a message.
 */
export function prescanMeta(bytes: Uint8Array): PrescanResult {
  const head = bytes.subarray(0, PRESCAN_BYTES);
  const sniffer = new Sniffer({ maxBytes: PRESCAN_BYTES });
  sniffer.write(head);
  const rejected = rejectedLabels(head);
  const via = VIA[sniffer.resultType];
  if (via === undefined) return { rejected };
  const label = resolveLabel(sniffer.encoding);
  // Only `replacement` can fail here (the sniffer resolved the label already); the regex listed it.
  if (!label.ok) return { rejected };
  return { charset: label.charset, via, rejected };
}

/** `charset=` values in `<meta>` tags (either form) that resolve to no usable encoding. */
function rejectedLabels(head: Uint8Array): string[] {
  // The lookahead drops a label cut off by the 1024-byte window (`charset="ut`), which the prescan skips too.
  // latin1 maps each byte to one char, so the regex sees the bytes exactly as the prescan does.
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  const out: string[] = [];
  for (const match of text.matchAll(/<meta\b[^>]*?charset\s*=\s*["']?\s*([^\s"';>/]+)(?=[\s"';>/])/gi)) {
    const label = match[1]!;
    if (!resolveLabel(label).ok) out.push(label);
  }
  return out;
}
