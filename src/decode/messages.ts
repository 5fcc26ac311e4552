import { message } from '../messages.ts';
import type { Message, Severity } from '../model.ts';

/**
 * Rule ids of the decode stage (`decode/<rule>`), each with what it records.
 * Kept as data so `--explain` and the docs name the same rules.
 */
export const DECODE_RULES = {
  charset: 'which encoding was used and which step of the sniffing order chose it',
  kind: 'whether the page is read as HTML or plain text, and why',
  'empty-input': 'the input has no bytes; an empty document is returned',
  'unknown-charset': 'a declared label names no encoding (e.g. "x-foo"); the next step decides',
  'unsupported-charset': 'a declared label maps to the WHATWG replacement encoding; the next step decides',
  'bom-overrides-declaration': 'a byte order mark contradicts the HTTP header or <meta>; the BOM wins',
  'header-overrides-meta': 'the HTTP header and <meta> disagree; the header wins',
  'utf8-overrides-declaration':
    'a declared legacy encoding contradicts bytes that are valid UTF-8; UTF-8 wins',
  'mojibake-repaired':
    'the text itself holds UTF-8 once misread as windows-1252 or Latin-1 ("â€™" for "’"); those sequences are repaired',
  'invalid-utf8': 'UTF-8 was chosen but some bytes are malformed; they decode to U+FFFD',
} as const;

export type DecodeRule = keyof typeof DECODE_RULES;

/** A decode-stage message; reasons are full sentences a reader of `--explain` understands. */
export function decodeMessage(rule: DecodeRule, reason: string, severity: Severity = 'info'): Message {
  return message({ stage: 'decode', rule: `decode/${rule}`, reason, severity });
}
